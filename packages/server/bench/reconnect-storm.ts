import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRefdeskDatabase } from '../src/storage/node/open-refdesk-database.ts';
import { type ChaosPatron, createChaosPatron } from '../test/support/chaos-patron.ts';
import { type ChaosResponder, createChaosResponder } from '../test/support/chaos-responder.ts';
import { benchResponderEmail } from './bench-constants.ts';
import { type ServerChild, startServerChild } from './children.ts';
import { mapConcurrently } from './map-concurrently.ts';
import { signIn } from './ours-target.ts';

export interface StormPlan {
  patrons: number;
  responders: number;
  /** Messages each patron sends (each answered); the server is killed a third of the way in. */
  messages: number;
  /** How long each phase (talking, resuming, finishing) may take, ms. */
  limitMs: number;
}

export interface StormResult {
  patrons: number;
  responders: number;
  messagesPerChat: number;
  /** Patron messages acknowledged when the server was killed, and patrons still talking then. */
  acknowledgedAtKill: number;
  talkingAtKill: number;
  /** SIGKILL -> the new process listening on the same port with the same file. */
  restartMs: number;
  /** Patrons welcomed again by the new process, and how many of those were back in their chat. */
  patronsResumed: number;
  patronsBackInChat: number;
  /** From the moment every client reconnects at once: the last patron welcomed, and the last
   * librarian holding all the chats it held before. Undefined when not all made it in time. */
  allPatronsResumedMs?: number;
  allRespondersResumedMs?: number;
  /** Until every chat finished its messages after the restart. */
  allFinishedMs?: number;
  finished: number;
  /** Acknowledged messages absent from a view, or present twice; seqs out of order. */
  lost: number;
  doubled: number;
  outOfOrder: number;
  /** Chats whose message count differs between the patron, the librarian and the file. */
  countMismatches: number;
  /** The first problems found, for people. */
  problems: string[];
}

const serverEntry = join(import.meta.dirname, 'server-child.ts');
const range = (n: number) => Array.from({ length: n }, (_, index) => index);

/**
 * The reconnect storm of issue #18: `patrons` chats with `responders` librarians on the real Node
 * runtime; a third of the way into their messages the server process is killed (SIGKILL) and a
 * new one started on the same port and SQLite file; every patron and librarian reconnects at once
 * and resumes (patrons with their resume token and last seq, resending what was not
 * acknowledged). Measures the time until all are back and all chats finished, then counts every
 * chat's messages on both sides and in the file.
 *
 * @example
 * const storm = await runReconnectStorm({ patrons: 1000, responders: 100, messages: 6, limitMs: 120_000 }, log);
 */
export async function runReconnectStorm(
  plan: StormPlan,
  progress: (text: string) => void,
): Promise<StormResult> {
  const folder = mkdtempSync(join(tmpdir(), 'refdesk-storm-'));
  const dataPath = join(folder, 'refdesk.db');
  const env = {
    BENCH_DATA: dataPath,
    BENCH_RESPONDERS: String(plan.responders),
    BENCH_MAX_CHATS: String(Math.ceil(plan.patrons / plan.responders)),
    BENCH_RELAY: 'ours',
  };
  const milestones = createMilestones();
  let server: ServerChild | undefined = await startServerChild(serverEntry, env);
  const clients: { drop(): void }[] = [];
  try {
    const url = server.url;
    const cookies: string[] = [];
    await mapConcurrently(plan.responders, 8, async (index) => {
      cookies[index] = await signIn(url, benchResponderEmail(index));
    });
    const responders = cookies.map((cookie, index) =>
      createChaosResponder(url, cookie, index, plan.responders, milestones.wake),
    );
    const patrons = range(plan.patrons).map((index) =>
      createChaosPatron(url, index, plan.messages, milestones.wake),
    );
    clients.push(...responders, ...patrons);
    for (const client of [...responders, ...patrons]) client.connect();
    const acked = () => patrons.reduce((sum, patron) => sum + patron.acked.size, 0);
    const killAfter = Math.ceil((plan.patrons * (plan.messages + 1)) / 3);
    progress(`storm: ${plan.patrons} patrons talking`);
    if (!(await milestones.until(() => acked() >= killAfter, plan.limitMs)))
      throw new Error(`storm: only ${acked()} of ${killAfter} messages acknowledged in time`);

    await server.kill();
    const killedAt = performance.now();
    const before = {
      patrons: patrons.map((patron) => [...patron.acked]),
      answers: acknowledgedAnswers(responders),
      welcomes: patrons.map((patron) => patron.welcome.count),
      asked: patrons.map((patron) => patron.acked.has('q')),
      transcripts: responders.map((r) => r.transcripts.count),
      held: responders.map((r) => r.chats.size),
    };
    const talkingAtKill = patrons.filter((patron) => !patron.done()).length;
    progress(`storm: killed; restarting on the same file`);
    server = await startServerChild(serverEntry, { ...env, BENCH_PORT: new URL(url).port });
    const restartMs = performance.now() - killedAt;

    const reconnectedAt = performance.now();
    const resumed = () =>
      patrons.filter((patron, index) => patron.welcome.count > (before.welcomes[index] ?? 0));
    const respondersBack = () =>
      responders.every(
        (r, index) =>
          r.transcripts.count - (before.transcripts[index] ?? 0) >= (before.held[index] ?? 0),
      );
    const allDone = () => patrons.every((patron) => patron.done());
    const at = {
      patrons: milestones.watch(() => resumed().length === plan.patrons),
      responders: milestones.watch(respondersBack),
      finished: milestones.watch(allDone),
    };
    progress(`storm: ${plan.patrons + plan.responders} clients reconnect at once`);
    for (const client of [...responders, ...patrons]) client.connect();
    await milestones.until(allDone, plan.limitMs);
    const since = (time: number | undefined) =>
      time === undefined ? undefined : time - reconnectedAt;
    const back = resumed();
    for (const client of clients.splice(0)) client.drop();
    await server.stop();
    server = undefined;

    const check = checkViews(patrons, responders, before, countStored(dataPath));
    const result: StormResult = {
      patrons: plan.patrons,
      responders: plan.responders,
      messagesPerChat: plan.messages,
      acknowledgedAtKill: before.patrons.reduce((sum, ids) => sum + ids.length, 0),
      talkingAtKill,
      restartMs,
      patronsResumed: back.length,
      patronsBackInChat: back.filter(
        (patron) => before.asked[patron.index] && patron.welcome.state !== 'none',
      ).length,
      finished: patrons.filter((patron) => patron.done()).length,
      ...check,
    };
    const times = {
      allPatronsResumedMs: since(at.patrons()),
      allRespondersResumedMs: since(at.responders()),
      allFinishedMs: since(at.finished()),
    };
    for (const [key, value] of Object.entries(times))
      if (value !== undefined) Object.assign(result, { [key]: value });
    return result;
  } finally {
    for (const client of clients) client.drop();
    await server?.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Conditions re-checked whenever a client hears something, with the time each first held. */
function createMilestones() {
  const watched: { holds: () => boolean; at?: number }[] = [];
  let waiting: (() => void) | undefined;
  return {
    wake(): void {
      for (const milestone of watched)
        if (milestone.at === undefined && milestone.holds()) milestone.at = performance.now();
      waiting?.();
    },
    /** Records when `holds` first becomes true; the getter returns that time. */
    watch(holds: () => boolean): () => number | undefined {
      const milestone: { holds: () => boolean; at?: number } = { holds };
      watched.push(milestone);
      return () => milestone.at;
    },
    /** Resolves true once `done()` holds, false after `limitMs`. */
    until(done: () => boolean, limitMs: number): Promise<boolean> {
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiting = undefined;
          resolve(done());
        }, limitMs);
        waiting = () => {
          if (!done()) return;
          clearTimeout(timer);
          waiting = undefined;
          resolve(true);
        };
        waiting();
      });
    },
  };
}

function acknowledgedAnswers(responders: ChaosResponder[]): Map<string, string[]> {
  const answers = new Map<string, string[]>();
  for (const responder of responders)
    for (const [chatId, ids] of responder.acked) answers.set(chatId, [...ids]);
  return answers;
}

/** Messages per chat in the SQLite file, read after the server stopped. */
function countStored(dataPath: string): Map<string, number> {
  const db = openRefdeskDatabase(dataPath, { missing: { refuse: 'the storm lost its file' } });
  try {
    const rows = db.all<{ chat_id: string; n: number }>(
      'SELECT chat_id, count(*) AS n FROM messages GROUP BY chat_id',
    );
    return new Map(rows.map((row) => [row.chat_id, Number(row.n)]));
  } finally {
    db.close();
  }
}

/** Every acknowledged message once in both views, in seq order; the same count on both sides. */
function checkViews(
  patrons: ChaosPatron[],
  responders: ChaosResponder[],
  before: { patrons: string[][]; answers: Map<string, string[]> },
  stored: Map<string, number>,
): Pick<StormResult, 'lost' | 'doubled' | 'outOfOrder' | 'countMismatches' | 'problems'> {
  const problems: string[] = [];
  const tally = { lost: 0, doubled: 0, outOfOrder: 0, countMismatches: 0 };
  const classify = (who: string, found: string[]) => {
    for (const problem of found) {
      if (/appears 0 times/.test(problem)) tally.lost += 1;
      else if (/appears \d+ times/.test(problem)) tally.doubled += 1;
      else tally.outOfOrder += 1;
      if (problems.length < 10) problems.push(`${who}: ${problem}`);
    }
  };
  for (const patron of patrons) {
    const acknowledged = new Set([...(before.patrons[patron.index] ?? []), ...patron.acked]);
    classify(`patron ${patron.index}`, patron.log.problems(acknowledged));
  }
  for (const responder of responders) {
    for (const [chatId, chat] of responder.chats) {
      const patron = patrons[chat.patron];
      const answers = [
        ...(before.answers.get(chatId) ?? []),
        ...(responder.acked.get(chatId) ?? []),
      ];
      classify(
        `librarian of patron ${chat.patron}`,
        chat.log.problems(new Set([...(patron?.acked ?? []), ...answers])),
      );
      const counts = [
        patron?.log.messages().length,
        chat.log.messages().length,
        stored.get(chatId),
      ];
      if (new Set(counts).size !== 1) {
        tally.countMismatches += 1;
        if (problems.length < 10)
          problems.push(
            `chat of patron ${chat.patron}: patron/librarian/file counts ${counts.join('/')}`,
          );
      }
    }
  }
  return { ...tally, problems };
}
