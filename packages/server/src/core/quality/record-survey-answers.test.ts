import type { ChatId, LibraryId } from '@refdesk/protocol';
import { describe, expect, it } from 'vitest';
import { COOP, createRoomHarness } from '../../../test/support/room-harness.ts';
import { answerViews } from './survey-answers.ts';

const SPRINGFIELD = 'springfield' as LibraryId;
const QUESTIONS = [
  { id: 'found', kind: 'yes_no', text: 'Did you find what you needed?' },
  { id: 'speed', kind: 'rating', text: 'How quick was the answer?' },
  { id: 'complaint', kind: 'complaint', text: 'Anything to complain about?' },
] as const;

/** Ben at Shelbyville answers a Springfield patron and ends the chat. */
function answeredChat() {
  const h = createRoomHarness();
  h.library('springfield', { staffsCooperative: false });
  h.library('shelbyville');
  h.stores.surveys.saveLibrarySurvey(SPRINGFIELD, [...QUESTIONS], h.clock.now());
  h.stores.surveys.saveLibrarySurvey(
    'shelbyville' as LibraryId,
    [{ id: 'other', kind: 'text', text: 'Shelbyville asks this' }],
    h.clock.now(),
  );
  const ben = h.responder('ben', 'shelbyville');
  h.room.start();
  const benPeer = h.online(ben);
  const { session, chatId } = h.patron('springfield', 'Do you lend telescopes?');
  h.clock.advance(60_000);
  h.room.responderFrame(benPeer, ben, { type: 'accept', chatId });
  h.room.responderFrame(benPeer, ben, { type: 'end', chatId, outcome: 'answered' });
  expect(h.stores.transcripts.chat(chatId)?.responderId).toBe('ben');
  return { h, session, chatId };
}

describe('a patron’s answers to the home library’s survey', () => {
  it('keeps the answers to the home library’s questions though another library answered', () => {
    const { h, session, chatId } = answeredChat();
    h.room.patronFrame(session, {
      type: 'survey',
      rating: 4,
      answers: { found: 'yes', speed: 5, other: 'Shelbyville’s question', complaint: '  ' },
    });
    expect(h.stores.surveys.answers(chatId)).toEqual({ found: 'yes', speed: 5 });
    expect(answerViews([...QUESTIONS], h.stores.surveys.answers(chatId))).toEqual([
      { question: 'Did you find what you needed?', kind: 'yes_no', answer: 'Yes' },
      { question: 'How quick was the answer?', kind: 'rating', answer: '5 of 5' },
    ]);
    expect(h.stores.quality.casesOfChat(chatId)).toEqual([]);
  });

  it('turns a complaint written in the survey into a Complaint forward to quality', () => {
    const { h, session, chatId } = answeredChat();
    h.room.patronFrame(session, {
      type: 'survey',
      rating: 1,
      answers: { found: 'no', complaint: 'The librarian left before I could ask more.' },
    });
    const cases = h.stores.quality.casesOfChat(chatId as ChatId);
    expect(cases).toMatchObject([
      {
        cooperativeId: COOP,
        source: 'forward',
        label: 'complaint',
        state: 'new',
        createdBy: null,
        comment: 'The patron complained in the survey: The librarian left before I could ask more.',
      },
    ]);
    // A retried survey frame is not counted twice, nor forwarded twice.
    h.room.patronFrame(session, { type: 'survey', rating: 1, answers: { complaint: 'Again' } });
    expect(h.stores.quality.casesOfChat(chatId)).toHaveLength(1);
  });
});
