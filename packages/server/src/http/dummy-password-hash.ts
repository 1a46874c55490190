import type { PasswordHasher } from '../core/ports/index.ts';

/**
 * A hash of a random password, made once (on first use) by the same hasher with the same cost as
 * real ones, for sign-ins with an unknown email: verifying it takes exactly as long as verifying a
 * real account's hash, so the answer's timing does not tell which emails exist.
 *
 * @example
 * const dummyHash = createDummyPasswordHash(deps.passwords, () => deps.ids.secret());
 * await deps.passwords.verify(password, account?.passwordHash ?? (await dummyHash()));
 */
export function createDummyPasswordHash(
  passwords: PasswordHasher,
  secret: () => string,
): () => Promise<string> {
  let made: Promise<string> | undefined;
  return () => {
    made ??= passwords.hash(secret()).catch((error: unknown) => {
      made = undefined;
      throw error;
    });
    return made;
  };
}
