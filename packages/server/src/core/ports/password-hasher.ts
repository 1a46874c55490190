/** Memory-hard password hashing, provided by the runtime (scrypt on Node). */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, stored: string): Promise<boolean>;
}
