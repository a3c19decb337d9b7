// Every word the staff UI shows comes from the messages (lib/i18n/messages), in Swedish and English. This scans the
// staff pages and components for text written into the JSX itself: text between tags, string literals shown as
// children, and the attributes a person reads (aria-label, title, placeholder, alt, and our components' label props).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const roots = ['app/(staff)', 'app/_components'];
/** Attributes whose value a person reads or hears. */
const readAttributes = new Set([
  'aria-label',
  'title',
  'placeholder',
  'alt',
  'label',
  'legend',
  'hint',
  'caption',
  'heading',
  'submitLabel',
  'success',
]);
/** Text that is no word of any language: names, codes, units. */
const allowed = new Set(['Region Halland', 'T{n}', 'n']);
const hasWord = (text: string) => /\p{L}{2,}/u.test(text) && !allowed.has(text.trim());

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(full);
    return entry.name.endsWith('.tsx') ? [full] : [];
  });
}

/** The literal texts of a shown expression: through conditionals, `&&`/`??`/`||` and template literals. */
function shownLiterals(node: ts.Node): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
  if (ts.isParenthesizedExpression(node)) return shownLiterals(node.expression);
  if (ts.isConditionalExpression(node)) return [...shownLiterals(node.whenTrue), ...shownLiterals(node.whenFalse)];
  if (ts.isBinaryExpression(node)) {
    const kind = node.operatorToken.kind;
    if (kind === ts.SyntaxKind.AmpersandAmpersandToken) return shownLiterals(node.right);
    if (
      kind === ts.SyntaxKind.QuestionQuestionToken ||
      kind === ts.SyntaxKind.BarBarToken ||
      kind === ts.SyntaxKind.PlusToken
    ) {
      return [...shownLiterals(node.left), ...shownLiterals(node.right)];
    }
  }
  return [];
}

/** Hard-coded texts in one TSX source, as "line: text". */
export function hardCodedTexts(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    if (hasWord(text)) found.push(`${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${text.trim()}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      for (const text of shownLiterals(node.expression)) report(node, text);
    } else if (ts.isJsxAttribute(node) && readAttributes.has(node.name.getText(file)) && node.initializer) {
      const value = node.initializer;
      if (ts.isStringLiteral(value)) report(node, value.text);
      else if (ts.isJsxExpression(value) && value.expression)
        for (const text of shownLiterals(value.expression)) report(node, text);
    } else if (ts.isPropertyAssignment(node) && node.name.getText(file) === 'title' && isInMetadata(node)) {
      for (const text of shownLiterals(node.initializer)) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function isInMetadata(node: ts.Node): boolean {
  for (let up: ts.Node | undefined = node.parent; up; up = up.parent) {
    if (ts.isVariableDeclaration(up)) return up.name.getText() === 'metadata';
  }
  return false;
}

describe('the staff UI has no hard-coded text', () => {
  const files = roots.flatMap((root) => tsxFiles(root));

  it('finds the pages to scan', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it.each(files)('%s shows only translated text', (file) => {
    expect(hardCodedTexts(file, readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('control: a planted text of each kind is found', () => {
    const planted = `
      export const metadata = { title: 'Beslut om förlängning' };
      export function Page({ locked, t }) {
        return (
          <div aria-label="Rapportverktyg">
            <h1>Huvudmännens beslut</h1>
            <p>{locked ? 'låst' : t('draft')}</p>
            <Field label={\`Lås version \${locked}\`} />
            <img alt={t('logo')} src="/x.png" />
            <p>{t('ok')} · {' '}</p>
          </div>
        );
      }`;
    expect(hardCodedTexts('planted.tsx', planted)).toEqual([
      '2: Beslut om förlängning',
      '5: Rapportverktyg',
      '6: Huvudmännens beslut',
      '7: låst',
      '8: Lås version',
    ]);
  });
});
