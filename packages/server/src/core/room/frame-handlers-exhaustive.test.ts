import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SERVER = join(import.meta.dirname, '../../..');
const PATRON_FRAMES = join(SERVER, 'src/core/room/patron-frames.ts');
const RESPONDER_FRAMES = join(SERVER, 'src/core/room/responder-frames.ts');

/**
 * Type-checks core/ (tsconfig.core.json) with some of its files edited in memory, and returns each
 * edited file's errors. Unchanged files are parsed once and shared between checks.
 */
function createCoreChecker(): (edits: Map<string, string>) => Map<string, string[]> {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    join(SERVER, 'tsconfig.core.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error('tsconfig.core.json did not parse');
  const shared = new Map<string, ts.SourceFile | undefined>();
  let previous: ts.Program | undefined;
  return (edits) => {
    const host = ts.createCompilerHost(parsed.options);
    const read = host.getSourceFile.bind(host);
    host.getSourceFile = (name, language) => {
      const edited = edits.get(name);
      if (edited !== undefined) return ts.createSourceFile(name, edited, language);
      if (!shared.has(name)) shared.set(name, read(name, language));
      return shared.get(name);
    };
    const program = ts.createProgram({
      rootNames: parsed.fileNames,
      options: parsed.options,
      host,
      ...(previous ? { oldProgram: previous } : {}),
    });
    previous = program;
    return new Map(
      [...edits.keys()].map((name) => [
        name,
        program
          .getSemanticDiagnostics(program.getSourceFile(name))
          .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')),
      ]),
    );
  };
}

/** The file's text without one `case`, checking that the case was there to remove. */
function withoutCase(file: string, type: string, body: string): string {
  const source = readFileSync(file, 'utf8');
  const removed = `    case '${type}':\n${body}`;
  if (!source.includes(removed)) throw new Error(`no case '${type}' like that in ${file}`);
  return source.replace(removed, '');
}

describe('frame handlers', { timeout: 60_000 }, () => {
  const check = createCoreChecker();

  it('compile with every case handled', () => {
    const errors = check(
      new Map([
        [PATRON_FRAMES, readFileSync(PATRON_FRAMES, 'utf8')],
        [RESPONDER_FRAMES, readFileSync(RESPONDER_FRAMES, 'utf8')],
      ]),
    );
    expect([...errors.values()]).toEqual([[], []]);
  });

  it('no longer compile when a handler forgets the ping frame', () => {
    const errors = check(
      new Map([
        [
          PATRON_FRAMES,
          withoutCase(
            PATRON_FRAMES,
            'ping',
            "      session.peer.send({ type: 'pong' });\n      return undefined;\n",
          ),
        ],
        [
          RESPONDER_FRAMES,
          withoutCase(
            RESPONDER_FRAMES,
            'ping',
            "      reply({ type: 'pong' });\n      return undefined;\n",
          ),
        ],
      ]),
    );
    for (const file of [PATRON_FRAMES, RESPONDER_FRAMES]) {
      expect(errors.get(file)?.join('\n')).toMatch(
        /'.*"ping".*' is not assignable to parameter of type 'never'/,
      );
    }
  });
});
