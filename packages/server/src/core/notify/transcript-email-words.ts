import type { PatronLanguage } from './patron-language.ts';

/** What a transcript email says around the messages; `{library}`, `{date}`, `{zone}` are filled. */
export interface TranscriptEmailWords {
  subject: string;
  started: string;
  you: string;
  footer: string;
}

/** The transcript email in every patron language. */
export const TRANSCRIPT_EMAIL_WORDS: Record<PatronLanguage, TranscriptEmailWords> = {
  en: {
    subject: 'Your chat with {library}',
    started: 'Started {date} ({zone})',
    you: 'You',
    footer: 'You asked for this transcript in the {library} chat.',
  },
  es: {
    subject: 'Su chat con {library}',
    started: 'Comenzó el {date} ({zone})',
    you: 'Usted',
    footer: 'Usted pidió esta transcripción en el chat de {library}.',
  },
  fr: {
    subject: 'Votre discussion avec {library}',
    started: 'Commencée le {date} ({zone})',
    you: 'Vous',
    footer: 'Vous avez demandé cette transcription dans la discussion de {library}.',
  },
  ar: {
    subject: 'محادثتك مع {library}',
    started: 'بدأت في {date} ({zone})',
    you: 'أنت',
    footer: 'طلبتَ نص هذه المحادثة في محادثة {library}.',
  },
};
