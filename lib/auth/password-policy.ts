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
  // zxcvbn matches user inputs as whole dictionary words: give it the parts of a name or an e-mail address.
  const words = related
    .flatMap((text) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u))
    .filter((word) => word.length >= 3);
  const result = zxcvbn.check(password, words);
  if (result.score < 3) return 'users.passwordTooCommon';
  // Half or more of it is the person's own name or address: the first thing anyone who knows them would try.
  const own = result.sequence
    .filter((match) => match.dictionaryName === 'userInputs')
    .reduce((sum, match) => sum + match.token.length, 0);
  if (own * 2 >= password.length) return 'users.passwordTooCommon';
  return null;
}
