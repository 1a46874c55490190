// The one test that holds both runtimes: what one stores, the other must read.
import { describe, expect, it } from 'vitest';
import { createWebScryptPasswords } from './cloudflare/platform.ts';
import { scryptPasswords } from './node/platform.ts';

describe('passwords hashed with pure JavaScript scrypt', () => {
  it('verifies a hash made by the Node runtime, and Node verifies one made here: logins move with the database', async () => {
    const web = createWebScryptPasswords();
    expect(await web.verify('refdesk-demo', await scryptPasswords.hash('refdesk-demo'))).toBe(true);
    expect(await scryptPasswords.verify('refdesk-demo', await web.hash('refdesk-demo'))).toBe(true);
  });
});
