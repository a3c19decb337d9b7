// Privacy rule 4: free text is scrubbed at ingest of Swedish personal identity numbers (and coordination numbers),
// phone numbers and e-mail addresses. Pure: takes answers and returns a new object; nothing else is touched.
// Digits may be written in Arabic-Indic or Persian form by respondents who write Arabic, Persian or Dari,
// so every pattern accepts those digits too.

export const SCRUBBED_MARKER = '[borttaget]';

const DIGIT = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';
const FREE_TEXT_TYPES = new Set(['comment', 'text']);

const EMAIL = /[\p{L}\p{N}._%+'-]+\s?(?:@|＠)\s?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

// YYMMDD-NNNN, YYMMDD+NNNN (100 years or older), YYYYMMDDNNNN, with or without the separator.
const IDENTITY_NUMBER = new RegExp(
  `(?<![\\p{N}])((?:${DIGIT}{2})?${DIGIT}{2})(${DIGIT}{2})(${DIGIT}{2})\\s?[-+–]?\\s?${DIGIT}{4}(?![\\p{N}])`,
  'gu',
);

// A run of digits with the separators people type in phone numbers: spaces, dashes, dots, slashes, parentheses.
const DIGIT_RUN = new RegExp(`\\(?(?:\\+|\\b00)?\\(?${DIGIT}(?:[\\s\\-./()–]{0,3}${DIGIT}){5,}\\)?`, 'gu');
const LOOKS_LIKE_DATE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;

/** Replaces identifying numbers and addresses in the survey's free-text answers; other answers are copied as they are. */
export function scrubFreeText(
  answers: Record<string, unknown>,
  definition: Record<string, unknown>,
): Record<string, unknown> {
  const freeText = freeTextQuestionIds(definition);
  return Object.fromEntries(
    Object.entries(answers).map(([questionId, value]) => [
      questionId,
      freeText.has(questionId) && typeof value === 'string'
        ? scrubText(value)
        : typeof value === 'object'
          ? structuredClone(value)
          : value,
    ]),
  );
}

/** One text, scrubbed. */
export function scrubText(text: string): string {
  return text
    .replace(EMAIL, SCRUBBED_MARKER)
    .replace(IDENTITY_NUMBER, (match, year: string, month: string, day: string) =>
      isIdentityDate(asciiDigits(year), asciiDigits(month), asciiDigits(day)) ? SCRUBBED_MARKER : match,
    )
    .replace(DIGIT_RUN, (match) => (looksLikePhoneNumber(asciiDigits(match)) ? SCRUBBED_MARKER : match));
}

function looksLikePhoneNumber(candidate: string): boolean {
  const trimmed = candidate.trim();
  if (LOOKS_LIKE_DATE.test(trimmed)) return false;
  // "070-123 45 67", "035-12 34 56", "+46 70…" have 8+ digits and start with 0 or +; an unbroken run of 9+ digits
  // (46701234567) is scrubbed too. Years ("2019–2020"), amounts ("20 000 - 30 000") and counts stay.
  if (/^\(?(\+|0)/.test(trimmed)) return trimmed.replace(/\D/g, '').length >= 8;
  return /\d{9,}/.test(trimmed);
}

// Day 61–91 is a coordination number (samordningsnummer): the day of birth plus 60.
function isIdentityDate(year: string, month: string, day: string): boolean {
  const m = Number(month);
  const d = Number(day) > 60 ? Number(day) - 60 : Number(day);
  if (year.length === 4 && !/^(18|19|20)/.test(year)) return false;
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => String(digit.charCodeAt(0) & 0xf));
}

// Definitions are frozen snapshots, scrubbed against on every submission: their free-text questions are found once.
const freeTextIdsByDefinition = new WeakMap<object, Set<string>>();

function freeTextQuestionIds(definition: Record<string, unknown>): Set<string> {
  let ids = freeTextIdsByDefinition.get(definition);
  if (!ids) {
    ids = findFreeTextQuestionIds(definition);
    freeTextIdsByDefinition.set(definition, ids);
  }
  return ids;
}

function findFreeTextQuestionIds(definition: Record<string, unknown>): Set<string> {
  const ids = new Set<string>();
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const element = node as { type?: unknown; name?: unknown; pages?: unknown; elements?: unknown };
    if (typeof element.type === 'string' && FREE_TEXT_TYPES.has(element.type) && typeof element.name === 'string') {
      ids.add(element.name);
    }
    visit(element.pages);
    visit(element.elements);
  };
  visit(definition);
  return ids;
}
