import type { ChatId } from '@refdesk/protocol';
import { beforeEach, describe, expect, it } from 'vitest';
import { type AppHarness, createAppHarness } from '../../../test/support/app-harness.ts';
import { PATRON_LANGUAGES } from './patron-language.ts';
import { createTranscriptNotifier, transcriptEmail } from './transcript-email.ts';
import { TRANSCRIPT_EMAIL_WORDS } from './transcript-email-words.ts';

let h: AppHarness;
beforeEach(async () => {
  h = await createAppHarness();
});

describe('transcriptEmail', () => {
  it('sends what the patron saw, from their library, without internal notes', () => {
    const email = transcriptEmail(h.stores, h.seed.chats.coveredByBen, 'pat@example.org');
    expect(email).toMatchObject({
      to: 'pat@example.org',
      subject: 'Your chat with Springfield Public Library',
      fromName: 'Springfield Public Library',
    });
    expect(email?.text).toContain('You: How do I get into the genealogy database?');
    expect(email?.text).toContain('Ben Brooks: Let me look that up for you. (chat_covered)');
    expect(email?.text).not.toContain('Internal');
    expect(email?.text).toContain('Started November 29, 2026');
  });

  it.each(PATRON_LANGUAGES)(
    'has every text of the email in %s, with the English placeholders',
    (lang) => {
      const placeholders = (text: string) => text.match(/\{\w+\}/g)?.sort() ?? [];
      const english = TRANSCRIPT_EMAIL_WORDS.en;
      for (const [key, text] of Object.entries(TRANSCRIPT_EMAIL_WORDS[lang])) {
        expect(text.trim(), `${lang}.${key}`).not.toBe('');
        expect(placeholders(text)).toEqual(placeholders(english[key as keyof typeof english]));
      }
    },
  );

  it('writes in French for a French widget, English for a language it does not speak', () => {
    const french = transcriptEmail(h.stores, h.seed.chats.coveredByBen, 'p@example.org', 'fr-CA');
    expect(french?.subject).toBe('Votre discussion avec Springfield Public Library');
    expect(french?.text).toContain('Vous: How do I get into the genealogy database?');
    const german = transcriptEmail(h.stores, h.seed.chats.coveredByBen, 'p@example.org', 'de');
    expect(german?.subject).toBe('Your chat with Springfield Public Library');
  });

  it('has nothing to send for an unknown chat', () => {
    expect(transcriptEmail(h.stores, 'chat_nope' as ChatId, 'pat@example.org')).toBeUndefined();
  });
});

describe('createTranscriptNotifier', () => {
  it('sends at most three transcripts of one chat', async () => {
    const notifier = createTranscriptNotifier({
      stores: h.stores,
      mailer: h.mailer,
      logger: { info: () => undefined, error: () => undefined },
    });
    for (let i = 0; i < 5; i++)
      notifier.transcriptRequested(h.seed.chats.byAna, `pat${i}@example.org`);
    notifier.transcriptRequested(h.seed.chats.coveredByBen, 'other@example.org');
    await h.mailer.waitFor((email) => email.to === 'other@example.org');
    expect(h.mailer.sent.map((email) => email.to)).toEqual([
      'pat0@example.org',
      'pat1@example.org',
      'pat2@example.org',
      'other@example.org',
    ]);
  });

  it('logs a failed send instead of throwing into the room', async () => {
    const errors: string[] = [];
    let logged: () => void = () => undefined;
    const done = new Promise<void>((resolve) => {
      logged = resolve;
    });
    const notifier = createTranscriptNotifier({
      stores: h.stores,
      mailer: h.mailer,
      logger: {
        info: () => undefined,
        error: (message) => {
          errors.push(message);
          logged();
        },
      },
    });
    h.mailer.failNext();
    expect(() => notifier.transcriptRequested(h.seed.chats.byAna, 'pat@example.org')).not.toThrow();
    await done;
    expect(errors).toEqual(['transcript not sent']);
  });
});
