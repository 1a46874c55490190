import type {
  LibraryId,
  ResponderId,
  ResponderSummary,
  TransferTarget,
} from '@refdesk/protocol/responder';
import { useEffect, useState } from 'preact/hooks';
import type { ChatView } from '../state/desk-types.ts';
import { type Loadable, load } from '../state/loadable.ts';
import { useConsole, useDesk } from './console-context.ts';
import { FieldError } from './field-error.tsx';
import { Modal } from './modal.tsx';

export interface TransferDialogProps {
  chat: ChatView;
  onClose(): void;
}

type Kind = TransferTarget['kind'];

/** Hands the chat to a librarian, a library, or back to the cooperative's queue. */
export function TransferDialog({ chat, onClose }: TransferDialogProps) {
  const desk = useDesk();
  const { api, library } = useConsole();
  const libraries = library.libraries.value;
  const [kind, setKind] = useState<Kind>('library');
  const [libraryId, setLibraryId] = useState<string>(chat.homeLibrary.id);
  const [responderId, setResponderId] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [people, setPeople] = useState<Loadable<ResponderSummary[]> | null>(null);
  useEffect(() => {
    if (kind === 'responder' && people === null) {
      setPeople({ state: 'loading' });
      void load(() => api.responders()).then(setPeople);
    }
  }, [kind, people, api]);

  const submit = (event: Event) => {
    event.preventDefault();
    let to: TransferTarget;
    if (kind === 'cooperative') to = { kind };
    else if (kind === 'library') to = { kind, libraryId: libraryId as LibraryId };
    else if (responderId) to = { kind, responderId: responderId as ResponderId };
    else return setError('Choose a librarian.');
    if (desk.transfer(chat.chatId, to, note.trim() || undefined)) onClose();
  };
  const others =
    people?.state === 'ready' ? people.value.filter((p) => p.id !== desk.profile.id) : [];

  return (
    <Modal title="Transfer chat" onClose={onClose}>
      <form class="stack" onSubmit={submit}>
        <fieldset class="choice-list">
          <legend>Transfer to</legend>
          {(
            [
              ['library', 'A library'],
              ['responder', 'A librarian'],
              ['cooperative', "The cooperative's queue"],
            ] as const
          ).map(([value, label]) => (
            <label key={value} class="choice">
              <input
                type="radio"
                name="transfer-kind"
                checked={kind === value}
                onChange={() => setKind(value)}
              />
              {label}
            </label>
          ))}
        </fieldset>
        {kind === 'library' && (
          <div class="field">
            <label for="transfer-library">Library</label>
            <select
              id="transfer-library"
              value={libraryId}
              onChange={(e) => setLibraryId(e.currentTarget.value)}
            >
              {libraries.state === 'ready' ? (
                libraries.value.map((entry) => (
                  <option key={entry.id} value={entry.id}>
                    {entry.name}
                  </option>
                ))
              ) : (
                <option value={chat.homeLibrary.id}>{chat.homeLibrary.name}</option>
              )}
            </select>
          </div>
        )}
        {kind === 'responder' && (
          <div class="field">
            <label for="transfer-responder">Librarian</label>
            <select
              id="transfer-responder"
              value={responderId}
              disabled={people?.state !== 'ready'}
              aria-describedby="transfer-responder-error"
              onChange={(e) => setResponderId(e.currentTarget.value)}
            >
              <option value="">
                {people?.state === 'loading' ? 'Loading…' : 'Choose a librarian'}
              </option>
              {others.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.displayName}, {person.library.name}
                  {person.online === false ? ' (offline)' : ''}
                </option>
              ))}
            </select>
            <FieldError
              id="transfer-responder-error"
              message={
                people?.state === 'error'
                  ? 'The list of librarians is not available right now.'
                  : error
              }
            />
          </div>
        )}
        <div class="field">
          <label for="transfer-note">Note for the next librarian (internal, optional)</label>
          <textarea
            id="transfer-note"
            rows={2}
            value={note}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
        </div>
        <div class="dialog-actions">
          <button type="button" class="btn btn-quiet" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" class="btn btn-primary">
            Transfer
          </button>
        </div>
      </form>
    </Modal>
  );
}
