// A chart's category labels in short lines: Chart.js cuts a long label or tilts it on a narrow screen, but draws an
// array of strings as lines; the report's SVG bars (share-bars.tsx) draw each line as a tspan. Split at spaces where
// it can be.

/** The label in lines of at most `width` characters; a word longer than a line is broken with a hyphen, or cut. */
export function wrapLabel(label: string, width = 18, { hyphenate = true }: { hyphenate?: boolean } = {}): string[] {
  const pieces = label
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => breakWord(word, width, hyphenate));
  const lines: string[] = [];
  for (const piece of pieces) {
    const last = lines.at(-1);
    if (last !== undefined && !last.endsWith('-') && last.length + 1 + piece.length <= width)
      lines[lines.length - 1] = `${last} ${piece}`;
    else lines.push(piece);
  }
  return lines.length > 0 ? lines : [label];
}

/** A word longer than a line in pieces that fit: each but the last ends in a hyphen, or is simply cut. */
function breakWord(word: string, width: number, hyphenate: boolean): string[] {
  const characters = [...word];
  if (characters.length <= width) return [word];
  const step = hyphenate ? width - 1 : width;
  const parts: string[] = [];
  for (let start = 0; start < characters.length; start += step) {
    const part = characters.slice(start, start + step).join('');
    parts.push(hyphenate && start + step < characters.length ? `${part}-` : part);
  }
  return parts;
}
