import type { ErasureResult, LibraryId, PatronChat } from '@refdesk/protocol/responder';
import { useState } from 'preact/hooks';
import type { PatronSearch } from '../api/patron-request-api.ts';
import { errorMessage } from '../state/loadable.ts';
import { useConsole, useDesk } from './console-context.ts';
import { formatDateTime } from './format.ts';
import { LibraryPicker } from './library-picker.tsx';
import { Modal } from './modal.tsx';

type Kind = 'email' | 'chatId' | 'browserId';
const KINDS: [Kind, string][] = [
  ['email', 'Email'],
  ['chatId', 'Chat id'],
  ['browserId', 'Browser id'],
];

/**
 * A patron's rights: a library's admin finds a patron's chats by the email they gave, a chat id or
 * their widget's browser id, downloads them (JSON or text) and erases them. The audit log records
 * who did it and how many, never the patron.
 */
export function PatronRequestsPage() {
  const { api } = useConsole();
  const desk = useDesk();
  const [libraryId, setLibraryId] = useState<LibraryId>(desk.profile.library.id);
  const [kind, setKind] = useState<Kind>('email');
  const [value, setValue] = useState('');
  const [found, setFound] = useState<{ search: PatronSearch; chats: PatronChat[] } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [erased, setErased] = useState<ErasureResult | null>(null);

  const search = async (event: Event) => {
    event.preventDefault();
    const wanted = { [kind]: value.trim() } as PatronSearch;
    try {
      setFound({ search: wanted, chats: (await api.patronChats(libraryId, wanted)).chats });
      setFailure(null);
      setErased(null);
    } catch (caught) {
      setFound(null);
      setFailure(errorMessage(caught));
    }
  };
  const erase = async () => {
    if (!found) return;
    setConfirming(false);
    try {
      const result = await api.erasePatron(libraryId, found.search);
      setErased(result);
      setFound({ ...found, chats: (await api.patronChats(libraryId, found.search)).chats });
    } catch (caught) {
      setFailure(errorMessage(caught));
    }
  };

  return (
    <main class="page page-narrow" id="main" tabIndex={-1}>
      <div class="page-head">
        <h1>Patron requests</h1>
        <LibraryPicker value={libraryId} onChange={setLibraryId} />
      </div>
      <p class="muted">
        A patron may ask for a copy of their chats, or for them to be erased. Find them by the email
        they gave, a chat id or the browser id their chat widget shows.
      </p>
      <form class="stack panel" onSubmit={search} aria-labelledby="patron-search-heading">
        <h2 id="patron-search-heading" class="panel-title">
          Find a patron’s chats
        </h2>
        <fieldset class="choice-list">
          <legend>Find by</legend>
          {KINDS.map(([option, label]) => (
            <label key={option} class="choice">
              <input
                type="radio"
                name="patron-kind"
                checked={kind === option}
                onChange={() => setKind(option)}
              />
              {label}
            </label>
          ))}
        </fieldset>
        <div class="field">
          <label for="patron-value">{KINDS.find(([option]) => option === kind)?.[1]}</label>
          <input
            id="patron-value"
            type="text"
            autoComplete="off"
            spellcheck={false}
            required
            value={value}
            onInput={(event) => setValue(event.currentTarget.value)}
          />
        </div>
        <div>
          <button type="submit" class="btn btn-primary">
            Find chats
          </button>
        </div>
      </form>
      {failure && (
        <p class="banner banner-error" role="alert">
          {failure}
        </p>
      )}
      {erased && (
        <p class="banner" role="status">
          Erased {count(erased.chats, 'chat')} ({count(erased.messages, 'message')}) and{' '}
          {count(erased.followUps, 'follow-up')}.
        </p>
      )}
      {found && (
        <section class="panel" aria-labelledby="patron-chats-heading">
          <h2 id="patron-chats-heading" class="panel-title">
            {count(found.chats.length, 'chat')}
          </h2>
          {found.chats.length > 0 && (
            <>
              <ul class="stack">
                {found.chats.map((chat) => (
                  <li key={chat.id}>
                    <strong>{formatDateTime(chat.createdAt)}</strong>{' '}
                    {chat.endedAt === null && <span class="tag">Still open</span>}{' '}
                    {chat.patronName ?? ''} {chat.patronEmail ? `<${chat.patronEmail}>` : ''}
                    <div class="muted">{chat.question || '(erased)'}</div>
                  </li>
                ))}
              </ul>
              <p class="row-actions">
                <a
                  class="btn btn-small"
                  href={api.patronExportUrl(libraryId, found.search, 'json')}
                >
                  Download JSON
                </a>
                <a
                  class="btn btn-small"
                  href={api.patronExportUrl(libraryId, found.search, 'text')}
                >
                  Download text
                </a>
                <button
                  type="button"
                  class="btn btn-small btn-danger"
                  onClick={() => setConfirming(true)}
                >
                  Erase these chats
                </button>
              </p>
            </>
          )}
        </section>
      )}
      {confirming && found && (
        <Modal title="Erase these chats?" onClose={() => setConfirming(false)}>
          <p>
            Their messages, question, name, email and page are deleted for good
            {'email' in found.search ? ', with the follow-ups from this email' : ''}. Chats still
            open are erased once they end. Statistics keep counting them.
          </p>
          <div class="dialog-actions">
            <button type="button" class="btn btn-quiet" onClick={() => setConfirming(false)}>
              Cancel
            </button>
            <button type="button" class="btn btn-primary" onClick={() => void erase()}>
              Erase
            </button>
          </div>
        </Modal>
      )}
    </main>
  );
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
