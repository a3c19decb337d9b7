// The health advice line 1177 and the emergency number 112, wherever a respondent's text names them, become
// tap-to-call links: on a phone one tap should be enough. "1177.se" is a web address and stays text.
export type TextPart = { text: string; tel?: string };

const PHONE_NUMBERS = /(?<![\p{L}\p{N}.])(1177|112)(?![\p{L}\p{N}]|\.\p{L})/gu;

export function splitPhoneNumbers(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(PHONE_NUMBERS)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ text: match[0], tel: `tel:${match[0]}` });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
