import type { CooperativeId, LibraryId } from '@refdesk/protocol';
import type { ScriptRecord } from '../core/ports/index.ts';

/**
 * The demo cooperative's scripts: three for every responder, two per library that restate that
 * library's own rules. Ids are fixed so seeding is repeatable.
 *
 * @example
 * for (const script of demoScripts(cooperativeId, { springfield, shelbyville })) scripts.saveScript(script);
 */
export function demoScripts(
  cooperativeId: CooperativeId,
  libraries: { springfield: LibraryId; shelbyville: LibraryId },
): ScriptRecord[] {
  const cooperative = (id: string, title: string, text: string): ScriptRecord => ({
    id: `demo-script-${id}`,
    cooperativeId,
    scope: 'cooperative',
    libraryId: null,
    groupId: null,
    responderId: null,
    title,
    text,
  });
  const library = (libraryId: LibraryId, id: string, title: string, text: string) => ({
    ...cooperative(`${libraryId}-${id}`, title, text),
    scope: 'library' as const,
    libraryId,
  });
  return [
    cooperative(
      'greeting',
      'Greeting',
      "Hello, I'm {myName} from {myLibrary}, helping {patronLibrary}'s patrons today. How can I help?",
    ),
    cooperative(
      'still-there',
      'Still there?',
      "Are you still there? I'll keep this chat open for a few more minutes.",
    ),
    cooperative(
      'closing',
      'Closing',
      'Thank you for chatting with us. If anything else comes up, start a new chat any time. Goodbye!',
    ),
    library(
      libraries.springfield,
      'renewals',
      'Renewals',
      'Springfield items renew automatically up to 2 times, unless someone else has placed a hold. Springfield is fine-free, so there are no late fees; an item 42 days overdue is billed until it comes back.',
    ),
    library(
      libraries.springfield,
      'card-sign-up',
      'Library card sign-up',
      'You can get an instant digital Springfield card at springfield.example/card for e-books and databases. For a full card, bring photo ID and proof of address to any Springfield branch.',
    ),
    library(
      libraries.shelbyville,
      'renewals',
      'Renewals',
      'You can renew Shelbyville items twice, in My Account, by phone at (555) 0200 or at the desk, unless someone has a hold on them. Overdue fines are $0.25 a day, at most $5 per item.',
    ),
    library(
      libraries.shelbyville,
      'card-sign-up',
      'Library card sign-up',
      'Shelbyville cards are issued in person at the Main Library, 1 Lemon Tree Plaza: please bring photo ID and proof of address. Cards are free for residents; non-residents pay $40 a year.',
    ),
  ];
}
