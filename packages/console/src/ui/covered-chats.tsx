import { useConsole, useDesk } from './console-context.ts';
import { formatWait } from './format.ts';

/** My library's patrons whom another library's librarian is helping, with "Take back". */
export function CoveredChats() {
  const desk = useDesk();
  const now = useConsole().now.value;
  const { covered } = desk.data.value;
  return (
    <section class="panel covered" aria-labelledby="covered-heading">
      <h2 id="covered-heading" class="panel-title">
        Covered by others <span class="count">{covered.length}</span>
      </h2>
      {covered.length === 0 ? (
        <p class="muted panel-empty">None of your library's patrons are with another library.</p>
      ) : (
        <ul class="covered-list">
          {covered.map((chat) => (
            <li key={chat.chatId} class="covered-item">
              <p class="offer-question">{chat.question}</p>
              <p class="muted small">
                {chat.responderName}, {chat.responderLibrary.name} · for{' '}
                {formatWait(now - chat.since)}
              </p>
              <button
                type="button"
                class="btn btn-small"
                onClick={() => desk.takeBack(chat.chatId)}
              >
                Take back
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
