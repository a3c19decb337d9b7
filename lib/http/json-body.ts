// Reading a public endpoint's JSON body as a hostile party might send it. Every check runs before the body meets
// any validation: a declared or actual size over the cap, a media type other than JSON, bytes that are not UTF-8,
// nesting deeper than any real answer needs (5,000 levels once overflowed the validator's stack), and keys that
// mean something to JavaScript objects rather than to us (JSON.parse keeps `__proto__` as a key, and the first
// object spread or zod parse then drops it silently, so it never meets the unknown-key check).

export type JsonBodyProblem =
  'unsupported_media_type' | 'too_large' | 'invalid_encoding' | 'malformed_json' | 'too_deep' | 'forbidden_key';

export type JsonBodyLimits = { maxBytes: number; maxDepth: number };

export type JsonBodyResult = { ok: true; body: unknown } | { ok: false; problem: JsonBodyProblem };

/** The HTTP status of each problem. */
export const jsonBodyStatus: Record<JsonBodyProblem, number> = {
  unsupported_media_type: 415,
  too_large: 413,
  invalid_encoding: 400,
  malformed_json: 400,
  too_deep: 400,
  forbidden_key: 422,
};

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** `application/json`, with no charset or UTF-8; anything else (text/plain, forms, none) is refused. */
export function isJsonMediaType(contentType: string | null): boolean {
  if (!contentType) return false;
  const [type, ...parameters] = contentType.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return parameters.every((parameter) => !parameter.startsWith('charset=') || /^charset="?utf-8"?$/.test(parameter));
}

/**
 * The request's JSON body. `preRead`: its bytes as the server already read them (lib/http/node-api-route.ts reads at
 * most the cap and one byte more), instead of the request's own stream.
 */
export async function readJsonBody(
  request: Request,
  { maxBytes, maxDepth }: JsonBodyLimits,
  preRead?: Uint8Array,
): Promise<JsonBodyResult> {
  if (!isJsonMediaType(request.headers.get('content-type'))) return { ok: false, problem: 'unsupported_media_type' };
  const bytes = preRead ? (preRead.byteLength > maxBytes ? null : preRead) : await readCapped(request, maxBytes);
  if (!bytes) return { ok: false, problem: 'too_large' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, problem: 'invalid_encoding' };
  }
  if (nestingDepth(text) > maxDepth) return { ok: false, problem: 'too_deep' };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'malformed_json' };
  }
  return hasForbiddenKey(body) ? { ok: false, problem: 'forbidden_key' } : { ok: true, body };
}

/** The deepest nesting of objects and arrays in JSON text, brackets inside strings not counted; no parsing, no recursion. */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c)
        i++; // backslash: skip the escaped character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x7b || char === 0x5b) deepest = Math.max(deepest, ++depth);
    else if (char === 0x7d || char === 0x5d) depth--;
  }
  return deepest;
}

/** Whether any object, however deep, has a key in FORBIDDEN_KEYS. Walks with a stack, not recursion. */
export function hasForbiddenKey(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length) {
    const next = stack.pop();
    if (typeof next !== 'object' || next === null) continue;
    if (Array.isArray(next)) {
      stack.push(...next);
      continue;
    }
    for (const key of Object.keys(next)) {
      if (FORBIDDEN_KEYS.has(key)) return true;
      stack.push((next as Record<string, unknown>)[key]);
    }
  }
  return false;
}

/** The body's bytes, or null as soon as it passes `maxBytes` (the rest is not read). */
async function readCapped(request: Request, maxBytes: number): Promise<Uint8Array | null> {
  if (Number(request.headers.get('content-length')) > maxBytes) return null;
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request.body) {
    size += chunk.byteLength;
    if (size > maxBytes) return null; // leaving the loop cancels the stream
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
