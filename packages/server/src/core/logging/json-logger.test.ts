import { describe, expect, it } from 'vitest';
import { hashForLog } from './hash-for-log.ts';
import { createJsonLogger, parseLogLevel } from './json-logger.ts';
import { toLogger } from './to-logger.ts';

function capture(level?: 'debug' | 'info' | 'warn' | 'error') {
  const lines: string[] = [];
  const logger = createJsonLogger({
    write: (line) => lines.push(line),
    now: () => Date.UTC(2026, 0, 2, 3, 4, 5),
    ...(level ? { level } : {}),
  });
  return { logger, lines, parsed: () => lines.map((line) => JSON.parse(line)) };
}

describe('createJsonLogger', () => {
  it('writes one JSON line with level, ISO time, the bindings of its children, the fields and the event', () => {
    const { logger, lines } = capture();
    logger
      .child({ requestId: 'req_1' })
      .child({ socket: 'patron' })
      .warn('socket.refused', { code: 'csrf' });
    expect(lines).toEqual([
      '{"level":"warn","time":"2026-01-02T03:04:05.000Z","requestId":"req_1","socket":"patron","code":"csrf","event":"socket.refused"}',
    ]);
  });

  it('drops lines below its level', () => {
    const { logger, parsed } = capture('warn');
    logger.debug('a');
    logger.info('b');
    logger.warn('c');
    logger.error('d');
    expect(parsed().map((line) => line.event)).toEqual(['c', 'd']);
  });

  it('redacts secrets and message text at the top level and one object down', () => {
    const { logger, lines } = capture();
    logger.info('x', {
      password: 'hunter2',
      text: 'my library card is 1234',
      nested: { resumeToken: 'rt_secret', cookie: 'refdesk_session=abc', kept: 'yes' },
    });
    expect(lines[0]).not.toMatch(/hunter2|1234|rt_secret|abc/);
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({
      password: '[redacted]',
      text: '[redacted]',
      nested: { resumeToken: '[redacted]', cookie: '[redacted]', kept: 'yes' },
    });
  });
});

describe('parseLogLevel', () => {
  it('reads the four levels in any case, defaults to info and names LOG_LEVEL when wrong', () => {
    expect(parseLogLevel(undefined)).toBe('info');
    expect(parseLogLevel(' DEBUG ')).toBe('debug');
    expect(() => parseLogLevel('verbose')).toThrow(/LOG_LEVEL/);
  });
});

describe('toLogger', () => {
  it('completes a logger that has only info and error: warn goes to info, children bind fields', () => {
    const seen: [string, unknown][] = [];
    const logger = toLogger({
      info: (event, fields) => seen.push([event, fields]),
      error: () => undefined,
    });
    logger.debug('dropped');
    logger.child({ requestId: 'r' }).warn('http.refused', { code: 'csrf' });
    expect(seen).toEqual([['http.refused', { requestId: 'r', code: 'csrf' }]]);
  });
});

describe('hashForLog', () => {
  it('stands in for an address the same way whatever its case, without showing it', () => {
    expect(hashForLog(' Pat@Example.org')).toBe(hashForLog('pat@example.org'));
    expect(hashForLog('pat@example.org')).toMatch(/^sha256:[0-9a-f]{16}$/);
  });
});
