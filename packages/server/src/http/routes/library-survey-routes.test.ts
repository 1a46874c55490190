import type { ChatQualityResponse, LibrarySurvey } from '@refdesk/protocol';
import { beforeEach, describe, expect, it } from 'vitest';
import { type AppHarness, createAppHarness, json } from '../../../test/support/app-harness.ts';

let h: AppHarness;
beforeEach(async () => {
  h = await createAppHarness();
});

const questions = [
  { id: 'found', kind: 'yes_no', text: 'Did you find what you needed?' },
  { id: 'gripe', kind: 'complaint', text: 'Anything we should do better?' },
];

describe('a library’s own survey over HTTP', () => {
  it('lets the library’s admin set up to 15 questions, which anyone may read', async () => {
    const cora = await h.as('cora');
    const saved = await cora.put('/api/libraries/springfield/survey', { questions });
    expect(saved.status).toBe(200);
    const read = await json<LibrarySurvey>(
      await (await h.as('anonymous')).get('/api/libraries/springfield/survey'),
    );
    expect(read.questions).toEqual(questions);
    const many = Array.from({ length: 16 }, (_, n) => ({ id: `q${n}`, kind: 'text', text: 'Hm?' }));
    expect((await cora.put('/api/libraries/springfield/survey', { questions: many })).status).toBe(
      400,
    );
    const twice = [questions[0], questions[0]];
    expect((await cora.put('/api/libraries/springfield/survey', { questions: twice })).status).toBe(
      400,
    );
  });

  it('shows the patron’s answers with the survey in the transcript’s quality side', async () => {
    h.stores.surveys.saveLibrarySurvey('springfield' as never, questions as never, 1);
    const chatId = h.seed.chats.coveredByBen;
    h.stores.feedback.insertSurvey(chatId, 2, 'Cut off', h.clock.now());
    h.stores.surveys.saveAnswers(chatId, { found: 'no', gripe: 'Ended too soon.' });
    const quality = await json<ChatQualityResponse>(
      await (await h.as('cora')).get(`/api/chats/${chatId}/quality`),
    );
    expect(quality.survey?.answers).toEqual([
      { question: 'Did you find what you needed?', kind: 'yes_no', answer: 'No' },
      { question: 'Anything we should do better?', kind: 'complaint', answer: 'Ended too soon.' },
    ]);
  });
});
