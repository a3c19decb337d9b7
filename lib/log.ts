// The app's log: JSON lines (pino) on standard output, the level from LOG_LEVEL (default info), each line of a request
// carrying its request id. Privacy rule 1: logs carry no IP address, user agent, cookie, session or account id, token,
// password, e-mail, answer, nor a submission's idempotency key (stored with the answer, it would tie the answer to the
// line's exact time). Nothing here is given such a value on purpose; redaction is the second line, for fields someone
// adds later: every line is walked before it is written, and a key that names such a value is replaced at any depth,
// however it is spelled (`ip`, `client_ip`, `userAgent`, `X-Forwarded-For`, `kioskToken`, `userId`, `answers`, …); an
// IP address is replaced wherever it stands in any text, the message included (with a port, in a forwarded-for list,
// in a sentence). An error is logged by name and code only, wherever it stands: a database error's message and detail
// can quote a row.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { isIP } from 'node:net';
import pino from 'pino';

// Keys compared lower-case without `-`, `_` or spaces, so `user-agent`, `user_agent` and `userAgent` are one key.
const SECRET_KEYS = new Set([
  'ip',
  'ua',
  'forwarded',
  'cookie',
  'cookies',
  'setcookie',
  'authorization',
  'email',
  'answers',
  'comment',
  'body',
]);
// …and any key that ends in one of these. By ending, not by name, because proxies add their own spellings of the same
// headers (`X-Cluster-Client-IP`, `CF-Connecting-IP`, `X-Original-Forwarded-For`, `X-Original-User-Agent`).
const SECRET_ENDINGS = [
  'token',
  'password',
  'secret',
  'sessionid',
  'userid',
  'accountid',
  'idempotencykey',
  'clientip',
  'connectingip',
  'realip',
  'remoteip',
  'ipaddress',
  'remoteaddr',
  'remoteaddress',
  'forwardedfor',
  'useragent',
];
const REDACTED = '[redacted]';
/** Deeper than this nobody logs on purpose; what is there is not looked through, so it is not written. */
const MAX_DEPTH = 8;

// What could be an IP address inside a text: four dotted numbers, or up to eight groups of at most four hex digits
// joined by colons, the last may be four dotted numbers (::ffff:192.0.2.1). Every part is bounded, so the search is
// linear in the text (unbounded hex runs made it backtrack for seconds over a long hash). Each candidate is checked
// by node:net's isIP before it is replaced, so times (12:30:45) and versions stay.
const ADDRESS_CANDIDATE =
  /(?<!\d|\d\.)(?:\d{1,3}\.){3}\d{1,3}(?!\d|\.\d)|(?<![0-9a-f:])(?:[0-9a-f]{0,4}:){2,7}(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9a-f]{1,4})?/gi;

/** The text with every IP address in it replaced, whatever the key it stands under (privacy rule 1). */
function withoutAddresses(text: string): string {
  return text.replace(ADDRESS_CANDIDATE, (candidate) => {
    const address = candidate.replace(/\.+$/, ''); // a sentence's full stop is not part of it
    return isIP(address) ? REDACTED + candidate.slice(address.length) : candidate;
  });
}

function isSecretKey(key: string): boolean {
  const plain = key.toLowerCase().replace(/[-_\s]/g, '');
  return SECRET_KEYS.has(plain) || SECRET_ENDINGS.some((ending) => plain.endsWith(ending));
}

/** A copy of a log line's fields with every secret key replaced and every error reduced to its name and code. */
function redactSecrets(value: unknown, depth = 0): unknown {
  if (value instanceof Error) return errorSummary(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return withoutAddresses(value);
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_DEPTH) return REDACTED;
  if (Array.isArray(value)) return value.map((item) => redactSecrets(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [key, isSecretKey(key) ? REDACTED : redactSecrets(field, depth + 1)]),
  );
}

const requestContext = new AsyncLocalStorage<{ requestId: string }>();

/** Runs `work` with `requestId` on every log line it writes. */
export function withRequestId<T>(requestId: string, work: () => T): T {
  return requestContext.run({ requestId }, work);
}

/** The caller's X-Request-Id when it looks like one (a proxy in front may set it), else a new one. */
export function requestIdOf(request: Request): string {
  const given = request.headers.get('x-request-id');
  return given && /^[A-Za-z0-9._-]{8,64}$/.test(given) ? given : randomUUID();
}

/** Only what an error is, never what it says. */
function errorSummary(error: unknown): { name: string; code?: string } {
  const { name, code } = (error ?? {}) as { name?: unknown; code?: unknown };
  return { name: typeof name === 'string' ? name : 'error', ...(typeof code === 'string' ? { code } : {}) };
}

/** Where lines go: standard output, or what a test puts there. */
let destination: { write: (line: string) => unknown } = process.stdout;

/** For tests: send log lines to `stream` until the returned function is called. */
export function writeLogTo(stream: { write: (line: string) => unknown }): () => void {
  const previous = destination;
  destination = stream;
  return () => {
    destination = previous;
  };
}

export function createLogger(level = process.env.LOG_LEVEL ?? 'info') {
  return pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        log: (fields) => redactSecrets(fields) as Record<string, unknown>,
      },
      mixin: () => requestContext.getStore() ?? {},
      hooks: {
        // The message and its format arguments (`%s`, `%o`) are written as given: they are cleaned here.
        logMethod(args, write) {
          const cleaned = args.map((arg, index) =>
            typeof arg === 'string' ? withoutAddresses(arg) : index > 0 ? redactSecrets(arg) : arg,
          );
          return write.apply(this, cleaned as Parameters<typeof write>);
        },
      },
    },
    { write: (line: string) => destination.write(line) },
  );
}

export const log = createLogger();

/** An unexpected failure, by its name and code only. */
export function logFailure(where: string, error: unknown): void {
  const { name, code } = errorSummary(error);
  log.error({ where, err: error }, `${where} failed: ${name}${code ? ` ${code}` : ''}`);
}
