import { describe, expect, it } from 'vitest';
import { passwordProblem } from '@/lib/auth/password-policy';

describe('the password policy', () => {
  it('refuses fewer than 12 characters', () => {
    expect(passwordProblem('Kort-lösen1')).toBe('users.passwordTooShort');
  });

  it('refuses common and easily guessed passwords even when long enough', () => {
    expect(passwordProblem('password1234')).toBe('users.passwordTooCommon');
    expect(passwordProblem('qwertyuiop12')).toBe('users.passwordTooCommon');
    expect(passwordProblem('111111111111')).toBe('users.passwordTooCommon');
  });

  it('refuses a password built on the account holder\u2019s own name or e-mail', () => {
    expect(passwordProblem('saraandersson1', ['sara.andersson@halland.test', 'Sara Andersson'])).toBe(
      'users.passwordTooCommon',
    );
  });

  it('accepts a long passphrase', () => {
    expect(passwordProblem('korv-i-fönstret-sju')).toBeNull();
  });
});
