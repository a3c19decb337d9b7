// The app's log: JSON lines (pino) on standard output, the level from LOG_LEVEL (default info), each line of a request
// carrying its request id. Privacy rule 1: logs carry no IP address, user agent, cookie, token, password, e-mail or
// answer. Nothing here is given such a value on purpose; redaction is the second line, for fields someone adds
// later (`ip`, `userAgent`, `headers.cookie`, `answers`, … at the top level or one level down are replaced), and an
// error is logged by name and code only: a database error's message can quote the row it refused.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import pino from 'pino';

const SECRET_FIELDS = [
  'ip',
  'ipAddress',
  'remoteAddress',
  'userAgent',
  'cookie',
  'cookies',
  'authorization',
  'token',
  'password',
  'email',
  'answers',
  'comment',
  'body',
];
const SECRET_HEADERS = ['cookie', 'authorization', '"user-agent"', '"x-forwarded-for"', '"x-real-ip"', '"set-cookie"'];

export const redactedPaths = [
  ...SECRET_FIELDS,
  ...SECRET_FIELDS.map((field) => `*.${field}`),
  ...SECRET_HEADERS.map((header) => `headers.${header.startsWith('"') ? `[${header}]` : header}`),
  ...SECRET_HEADERS.map((header) => `*.headers.${header.startsWith('"') ? `[${header}]` : header}`),
];

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
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: errorSummary, error: errorSummary },
      redact: { paths: redactedPaths, censor: '[redacted]' },
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
