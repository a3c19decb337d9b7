// The environment, parsed once. A wrong setting stops the start with one line that names it.
import { z } from 'zod';

const postgresUrl = z
  .string()
  .refine((value) => /^postgres(ql)?:\/\/.+/.test(value), 'must be a postgres:// or postgresql:// URL');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: postgresUrl.optional(),
  PGLITE_DIR: z.string().min(1).default('.data/pglite'),
  NEXTAUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  NEXTAUTH_URL: z.url().optional(),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_NAME: z.string().min(1).default('Region Halland'),
  /** Feedback submissions accepted per channel and minute, counted in PostgreSQL across app servers. */
  FEEDBACK_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(120),
  /** Fewer seconds than this between opening the survey and sending it, and the submission is refused. */
  FEEDBACK_MIN_SECONDS: z.coerce.number().min(0).default(5),
  /** "1": the language picker offers only languages whose survey translation a professional has reviewed. */
  FEEDBACK_HIDE_UNREVIEWED: z.enum(['0', '1']).default('0'),
  /** Hour of the day (server time zone, 0–23) at which held answers are released into the counted responses. */
  RELEASE_HOUR: z.coerce.number().int().min(0).max(23).default(3),
  /** Months after which a platform entry that nobody of its organisation has confirmed is marked stale. */
  PLATFORM_STALE_MONTHS: z.coerce.number().int().min(1).max(60).default(6),
});

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {}

/** Parses the given environment (default: process.env) and applies the rules that depend on several settings. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const blanksRemoved = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(blanksRemoved);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`Configuration error: ${issue.path.join('.')} ${issue.message}.`);
  }
  const env = parsed.data;
  if (env.NODE_ENV === 'production' && !env.NEXTAUTH_SECRET && source.NEXT_PHASE !== 'phase-production-build') {
    throw new ConfigError('Configuration error: NEXTAUTH_SECRET must be set in production (at least 32 characters).');
  }
  const oidcParts = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].filter(Boolean).length;
  if (oidcParts !== 0 && oidcParts !== 3) {
    throw new ConfigError('Configuration error: OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET go together.');
  }
  return env;
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}
