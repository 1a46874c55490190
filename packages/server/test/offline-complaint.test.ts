// Through the real server: a Springfield patron who finds nobody online leaves a question through
// the offline form, marked as a complaint; it becomes a follow-up and a Complaint forward in the
// quality team's inbox, as a complaint written in the survey does. A plain question does not.
import type { QualityCasesResponse } from '@refdesk/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/runtime/node/server.ts';
import { openSocket, signIn } from './support/socket-client.ts';
import { startTestServer } from './support/test-server.ts';

let server: RunningServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

/** A patron on Springfield's page, told nobody is online, leaves a question; the chat's id. */
async function leaveQuestion(question: string, complaint?: boolean): Promise<string> {
  const patron = await openSocket(`${server.url}/ws/patron`, { origin: 'http://localhost' });
  patron.send({ type: 'hello', protocolVersion: 1, libraryId: 'springfield' });
  patron.send({ type: 'ask', clientMessageId: 'p1', question });
  await patron.next('offline');
  patron.send({
    type: 'offline_question',
    question,
    email: 'pat@example.org',
    ...(complaint === undefined ? {} : { complaint }),
  });
  await patron.next('received');
  patron.close();
  const withChat = patron.frames.find((frame) => typeof frame.chatId === 'string');
  return String(withChat?.chatId);
}

async function inbox(): Promise<QualityCasesResponse['cases']> {
  const quinn = await signIn(server.url, 'qa@coop.example');
  const response = await fetch(`${server.url}/api/quality/cases`, {
    headers: { cookie: quinn.cookie },
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as QualityCasesResponse).cases;
}

describe('a complaint through the offline form', () => {
  it('becomes a Complaint forward in the quality inbox, with the patron’s words', async () => {
    const chatId = await leaveQuestion('Nobody answered me three times this week.', true);
    const cases = await inbox();
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ label: 'complaint', chat: { chatId } });
    expect(JSON.stringify(cases[0])).toContain(
      'The patron complained through the offline form: Nobody answered me three times this week.',
    );
  });

  it('leaves a question not marked as a complaint out of the inbox', async () => {
    await leaveQuestion('Do you have the 1990 census microfilm?', false);
    await leaveQuestion('Can I renew by phone?');
    expect(await inbox()).toEqual([]);
  });
});
