// Finding 8 of security issue #19: bodies were read whole before the size check, so anyone could
// make the server hold hundreds of MiB. The server runs as its own process, as in production; its
// memory is read from /proc, and the upload is a real chunked stream with backpressure.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BODY_LIMIT } from '../../src/http/body-limits.ts';
import { type ServerProcess, startServerProcess } from '../support/server-process.ts';
import { signIn } from '../support/socket-client.ts';

const MiB = 1024 * 1024;
const UPLOAD = 50 * MiB;
const CHUNK = Buffer.alloc(256 * 1024, 'a');

/** A field of /proc/<pid>/status in bytes (`VmRSS`, `VmHWM`). */
function memory(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1];
  if (!kib) throw new Error(`no ${field} in /proc/${pid}/status`);
  return Number(kib) * 1024;
}

interface Upload {
  status: number;
  body: string;
  /** Bytes the client had handed to the socket when the answer arrived. */
  sentWhenAnswered: number;
}

/** POSTs `total` bytes chunked (no Content-Length), writing only as fast as the server reads. */
function chunkedUpload(url: string, total: number): Promise<Upload> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
    });
    req.on('response', (response) => {
      answered = true;
      const sentWhenAnswered = sent;
      let body = '';
      response.on('data', (chunk: Buffer) => {
        body += chunk.toString();
      });
      response.on('end', () => {
        req.destroy();
        resolve({ status: response.statusCode ?? 0, body, sentWhenAnswered });
      });
    });
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const pump = () => {
      while (!answered && sent < total) {
        sent += CHUNK.length;
        if (!req.write(CHUNK)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

describe('security: request bodies', { timeout: 60_000 }, () => {
  let dir: string;
  let server: ServerProcess;
  let pid: number;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'refdesk-bodies-'));
    server = await startServerProcess(join(dir, 'refdesk.db'));
    pid = server.child.pid ?? 0;
  }, 30_000);
  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
    rmSync(dir, { recursive: true, force: true });
  });

  it('finding 8: answers a 50 MiB chunked body 413 early, without holding it in memory', async () => {
    const before = memory(pid, 'VmRSS');
    // Resets the peak (VmHWM) to the current RSS: what follows is the upload's own peak.
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    const upload = await chunkedUpload(
      `${server.url}/api/libraries/springfield/offline-questions`,
      UPLOAD,
    );
    expect(upload.status).toBe(413);
    expect(JSON.parse(upload.body)).toMatchObject({ error: { code: 'frame_too_large' } });
    // Answered long before the client could finish sending...
    expect(upload.sentWhenAnswered).toBeLessThan(UPLOAD / 4);
    // ...and the server's peak memory grew by far less than the upload.
    const growth = memory(pid, 'VmHWM') - before;
    expect(growth).toBeLessThan(UPLOAD / 4);
  });

  it('finding 8: refuses a declared Content-Length over the limit before reading any of it', async () => {
    const response = await new Promise<{ status: number }>((resolve, reject) => {
      const req = request(`${server.url}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(200 * MiB) },
      });
      req.on('response', (res) => {
        res.resume();
        req.destroy();
        resolve({ status: res.statusCode ?? 0 });
      });
      req.on('error', reject);
      req.write('{"email":');
    });
    expect(response.status).toBe(413);
  });

  it('still takes a body just under the limit, and a policy page larger than it', async () => {
    const question = JSON.stringify({
      question: 'Do you lend telescopes?',
      email: 'pat@example.org',
    });
    // JSON allows whitespace after the value: a valid body of any size.
    const sized = (bytes: number) => question + ' '.repeat(bytes - question.length);
    const ask = (body: string) =>
      fetch(`${server.url}/api/libraries/springfield/offline-questions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'http://localhost:5173' },
        body,
      });
    expect((await ask(sized(DEFAULT_BODY_LIMIT))).status).toBe(201);
    expect((await ask(sized(DEFAULT_BODY_LIMIT + 1))).status).toBe(413);

    const cora = await signIn(server.url, 'cora@springfield.example');
    const headers = { cookie: cora.cookie, 'x-csrf-token': cora.csrfToken };
    const path = `${server.url}/api/libraries/springfield/policy`;
    const page = (await (await fetch(path, { headers })).json()) as {
      version: number;
      sections: Record<string, string>;
      owners: string[];
      staffOnly: string;
    };
    const full = 'é'.repeat(20_000);
    const sections = Object.fromEntries(
      Object.entries(page.sections).map(([key, text]) => [
        key,
        key === 'catalogueUrl' ? text : full,
      ]),
    );
    const update = JSON.stringify({ ...page, baseVersion: page.version, sections });
    expect(Buffer.byteLength(update)).toBeGreaterThan(DEFAULT_BODY_LIMIT * 4);
    const saved = await fetch(path, {
      method: 'PUT',
      headers: { ...headers, 'content-type': 'application/json' },
      body: update,
    });
    expect(saved.status).toBe(200);
  });
});
