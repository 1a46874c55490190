import type {
  ChatId,
  ChatMessageView,
  LibraryId,
  MessageId,
  PolicyPage,
  QueueEntry,
  ResponderId,
  ResponderProfile,
  ResponderServerFrame,
  Script,
} from '@refdesk/protocol/responder';

export const springfield = { id: 'springfield' as LibraryId, name: 'Springfield Public Library' };
export const shelbyville = { id: 'shelbyville' as LibraryId, name: 'Shelbyville Public Library' };

export const ben: ResponderProfile = {
  id: 'demo-ben' as ResponderId,
  displayName: 'Ben Brooks',
  email: 'ben@shelbyville.example',
  library: shelbyville,
  roles: ['librarian'],
};

export const chatId = (id: string) => id as ChatId;

export function offer(
  id: string,
  waitingSince: number,
  patch: Partial<QueueEntry> = {},
): QueueEntry {
  return {
    chatId: chatId(id),
    library: springfield,
    tier: 'group',
    waitingSince,
    question: `Question of ${id}`,
    practice: false,
    ...patch,
  };
}

export function message(
  chat: string,
  seq: number,
  patch: Partial<ChatMessageView> = {},
): ChatMessageView {
  return {
    chatId: chatId(chat),
    seq,
    id: `m${seq}` as MessageId,
    authorRole: 'patron',
    displayName: 'Marge',
    text: `message ${seq}`,
    sentAt: 1_000 + seq,
    internal: false,
    ...patch,
  };
}

export function assigned(
  id: string,
  transcript: ChatMessageView[] = [],
): Extract<ResponderServerFrame, { type: 'chat_assigned' }> {
  return {
    type: 'chat_assigned',
    chatId: chatId(id),
    homeLibrary: springfield,
    tier: 'group',
    practice: false,
    patron: { name: 'Marge', email: 'marge@example.com', pageUrl: 'https://springfield.example/' },
    startedAt: 1_000,
    transcript,
  };
}

export const scripts: Script[] = [
  {
    id: 's1',
    scope: 'library',
    libraryId: springfield.id,
    title: 'Renewals',
    text: '{patronLibrary} items renew twice. — {myName}, {myLibrary}',
  },
  {
    id: 's2',
    scope: 'cooperative',
    libraryId: null,
    title: 'Greeting',
    text: 'Hello from {myName}!',
  },
  {
    id: 's3',
    scope: 'library',
    libraryId: shelbyville.id,
    title: 'Renew at Shelbyville',
    text: 'Call us.',
  },
];

export function policyPage(patch: Partial<PolicyPage> = {}): PolicyPage {
  return {
    library: springfield,
    version: 3,
    sections: {
      catalogueUrl: 'https://catalog.springfield.example/',
      databases: 'Sign in with your card.',
      borrowingAndFees: 'Fine-free.',
      renewals: 'Twice, automatically.',
      courseReserves: '',
      interlibraryLoan: 'Free, up to 5 requests.',
      hoursAndLocations: 'Mon-Fri 9-5.',
      accountsAndPins: '',
      homeworkHelp: '',
      followUpContact: 'ask@springfield.example',
      alerts: 'Westside is closed.',
    },
    staffOnly: 'Guest card 21234000009999, PIN 2468.',
    owners: ['cora@springfield.example'],
    updatedAt: Date.UTC(2026, 0, 15),
    updatedBy: 'Cora Chen',
    stale: false,
    ...patch,
  };
}
