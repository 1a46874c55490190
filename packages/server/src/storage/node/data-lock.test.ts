import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireDataLock, isDataLocked } from './data-lock.ts';
import { DatabaseFileError } from './database-file.ts';

let folder: string;
let data: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'refdesk-lock-'));
  data = join(folder, 'refdesk.db');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** A child process that takes the lock and says so, then waits to be killed. */
function holdInChild(): Promise<{ kill(): Promise<void>; pid: number }> {
  const lockModule = join(import.meta.dirname, 'data-lock.ts');
  const script = `const { acquireDataLock } = await import(${JSON.stringify(lockModule)});
acquireDataLock(${JSON.stringify(data)}, 'holder'); console.log('held'); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'pipe' });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    child.stdout.once('data', () =>
      resolve({
        pid: child.pid ?? 0,
        async kill() {
          child.kill('SIGKILL');
          await exited;
        },
      }),
    );
    child.once('exit', (code) => reject(new Error(`holder exited with ${code}`)));
  });
}

describe('the lock of a database file', () => {
  it('is refused to a second taker, naming the holder, until released', () => {
    const lock = acquireDataLock(data, 'server');
    let refused: unknown;
    try {
      acquireDataLock(data, 'server');
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(DatabaseFileError);
    expect((refused as DatabaseFileError).code).toBe('in_use');
    expect((refused as Error).message).toContain(`process ${process.pid} (server`);
    lock.release();
    acquireDataLock(data, 'server').release();
  });

  it('is held against another process, and freed when that process is killed with -9', async () => {
    const holder = await holdInChild();
    expect(isDataLocked(data)).toMatchObject({ pid: holder.pid, purpose: 'holder' });
    expect(() => acquireDataLock(data, 'server')).toThrow(/in use by process/);
    await holder.kill();
    expect(isDataLocked(data)).toBe(false);
    acquireDataLock(data, 'server').release();
  });
});
