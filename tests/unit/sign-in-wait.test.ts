import { describe, expect, it } from 'vitest';
import { throttledError, waitOfError, waitValues } from '@/lib/auth/sign-in-wait';
import { translator } from '@/lib/i18n';

describe('the sign-in page says how long to wait', () => {
  it('carries the wait through next-auth’s error string', () => {
    expect(waitOfError(throttledError(45))).toBe(45);
    expect(waitOfError('CredentialsSignin')).toBeNull();
    expect(waitOfError(undefined)).toBeNull();
  });

  it.each([
    ['sv', 1, 'För många misslyckade försök. Vänta 1 sekund och försök igen.'],
    ['sv', 45, 'För många misslyckade försök. Vänta 45 sekunder och försök igen.'],
    ['sv', 60, 'För många misslyckade försök. Vänta 1 minut och försök igen.'],
    ['sv', 128, 'För många misslyckade försök. Vänta 3 minuter och försök igen.'],
    ['en', 1, 'Too many failed attempts. Wait 1 second and try again.'],
    ['en', 45, 'Too many failed attempts. Wait 45 seconds and try again.'],
    ['en', 60, 'Too many failed attempts. Wait 1 minute and try again.'],
    ['en', 300, 'Too many failed attempts. Wait 5 minutes and try again.'],
  ] as const)('%s, %i s: %s', (locale, seconds, text) => {
    expect(translator(locale)('signIn.throttled', waitValues(seconds))).toBe(text);
  });
});
