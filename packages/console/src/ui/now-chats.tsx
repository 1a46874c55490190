import type { NowActive, Tier } from '@refdesk/protocol/responder';
import { useConsole } from './console-context.ts';
import { formatDate, formatWait } from './format.ts';
import { NavLink } from './nav-link.tsx';
import type { ReceivedBoard } from './now-page.tsx';

const TIER: Record<Tier, string> = {
  local: 'Its library',
  group: 'Its group',
  cooperative: 'Whole cooperative',
};

/** The queue, the chats being answered by library, and the follow-ups due. */
export function NowChats({ received }: { received: ReceivedBoard }) {
  // The server's clock says how long each chat had waited; this browser's keeps counting since.
  const elapsed = useConsole().now.value - received.receivedAt;
  const { board } = received;
  const since = (at: number) => formatWait(board.at - at + Math.max(0, elapsed));
  const byLibrary = new Map<string, NowActive[]>();
  for (const chat of board.active) {
    byLibrary.set(chat.library.name, [...(byLibrary.get(chat.library.name) ?? []), chat]);
  }
  return (
    <>
      <section class="panel" aria-labelledby="now-queue">
        <h2 id="now-queue" class="panel-title">
          Waiting ({board.waiting.length})
        </h2>
        {board.waiting.length === 0 ? (
          <p class="panel-empty">Nobody is waiting.</p>
        ) : (
          <table class="people-table">
            <thead>
              <tr>
                <th scope="col">Library</th>
                <th scope="col">Waiting for</th>
                <th scope="col">Offered to</th>
                <th scope="col">Librarians offered it</th>
              </tr>
            </thead>
            <tbody>
              {board.waiting.map((chat) => (
                <tr key={chat.chatId}>
                  <th scope="row">
                    {chat.library.name}
                    {chat.practice && <span class="badge">Practice</span>}
                  </th>
                  <td>{since(chat.waitingSince)}</td>
                  <td>{TIER[chat.tier]}</td>
                  <td>{chat.offers}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section class="panel" aria-labelledby="now-active">
        <h2 id="now-active" class="panel-title">
          In progress ({board.active.length})
        </h2>
        {board.active.length === 0 && <p class="panel-empty">No chat is being answered.</p>}
        {[...byLibrary].map(([library, chats]) => (
          <div key={library}>
            <h3>{library}</h3>
            <ul>
              {chats.map((chat) => (
                <li key={chat.chatId}>
                  {chat.responderName} ({chat.responderLibrary.name}), for {since(chat.since)}
                  {chat.practice && <span class="badge">Practice</span>}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      <section class="panel" aria-labelledby="now-follow-ups">
        <h2 id="now-follow-ups" class="panel-title">
          Follow-ups due ({board.followUpsDue.length})
        </h2>
        {board.followUpsDue.length === 0 ? (
          <p class="panel-empty">No follow-up is due today.</p>
        ) : (
          <ul>
            {board.followUpsDue.map((due) => (
              <li key={due.id}>
                <NavLink to={{ page: 'follow-ups', followUpId: due.id }} class="" exact>
                  {due.library.name}
                </NavLink>
                : {due.overdue ? 'overdue since' : 'due'} {formatDate(due.deadline)}
                {due.status === 'claimed' ? ' (claimed)' : ' (nobody has it yet)'}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
