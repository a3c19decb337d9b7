// What a new password must be: at least 12 characters, and not a common or easily guessed one (zxcvbn's common
// password list and its guessability score, run locally: nothing leaves the server).
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

export type PasswordProblem = 'users.passwordTooShort' | 'users.passwordTooLong' | 'users.passwordTooCommon';

const zxcvbn = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });

/** null when the password may be used. `related` are words the password must not lean on (name, e-mail). */
export function passwordProblem(password: string, related: string[] = []): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'users.passwordTooShort';
  if (password.length > PASSWORD_MAX_LENGTH) return 'users.passwordTooLong';
  // Score 3 of 4: "safely unguessable" against a throttled online attack and a slow offline one.
  if (zxcvbn.check(password, related).score < 3) return 'users.passwordTooCommon';
  return null;
}
