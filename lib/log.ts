// The app's log: JSON lines (pino) on standard output, the level from LOG_LEVEL (default info), each line of a request
// carrying its request id. Privacy rule 1: logs carry no IP address, user agent, cookie, token, password, e-mail or
// answer. Nothing here is given such a value on purpose; redaction is the second line, for fields someone adds
// later: every line is walked before it is written, and a key that names such a value is replaced at any depth,
// however it is spelled (`ip`, `client_ip`, `userAgent`, `X-Forwarded-For`, `kioskToken`, `answers`, …); a value that
// is an IP address is replaced whatever its key. An error is logged by name and code only, wherever it stands: a
// database error's message and detail can quote a row.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { isIP } from 'node:net';
import pino from 'pino';

// Keys compared lower-case without `-`, `_` or spaces, so `user-agent`, `user_agent` and `userAgent` are one key.
const SECRET_KEYS = new Set([
  'ip',
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

/** Whatever the key: a value that is an IP address is one (privacy rule 1). */
function isIpAddress(value: unknown): boolean {
  return typeof value === 'string' && isIP(value) !== 0;
}

function isSecretKey(key: string): boolean {
  const plain = key.toLowerCase().replace(/[-_\s]/g, '');
  return SECRET_KEYS.has(plain) || SECRET_ENDINGS.some((ending) => plain.endsWith(ending));
}

/** A copy of a log line's fields with every secret key replaced and every error reduced to its name and code. */
function redactSecrets(value: unknown, depth = 0): unknown {
  if (value instanceof Error) return errorSummary(value);
  if (value instanceof Date) return value.toISOString();
  if (isIpAddress(value)) return REDACTED;
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
