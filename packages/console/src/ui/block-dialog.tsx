import type { BlockAddress, BlockScope } from '@refdesk/protocol/responder';
import { useState } from 'preact/hooks';
import type { ChatView } from '../state/desk-types.ts';
import { errorMessage } from '../state/loadable.ts';
import { useConsole } from './console-context.ts';
import { FieldError } from './field-error.tsx';
import { Modal } from './modal.tsx';

export interface BlockDialogProps {
  chat: ChatView;
  onClose(): void;
}

const DURATIONS: [hours: number, label: string][] = [
  [24, '24 hours'],
  [72, '3 days'],
  [168, '1 week'],
  [720, '30 days'],
  [2160, '90 days'],
];
const ADDRESSES: [BlockAddress, string][] = [
  ['none', 'This browser only'],
  ['subnet', 'This browser and its network (a whole computer room)'],
  ['full', 'This browser and its exact address'],
];

/**
 * Blocks the patron of a chat: for the library at once, or for the cooperative once a coordinator
 * approves. The patron is not told: their widget shows the offline form, as when nobody is free.
 */
export function BlockDialog({ chat, onClose }: BlockDialogProps) {
  const { api, notices } = useConsole();
  const [reason, setReason] = useState('');
  const [scope, setScope] = useState<BlockScope>('library');
  const [hours, setHours] = useState(24);
  const [address, setAddress] = useState<BlockAddress>('none');
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!reason.trim()) return setError('Say why: the block list shows it to admins.');
    try {
      const block = await api.blockPatron(chat.chatId, {
        reason: reason.trim(),
        scope,
        hours,
        address,
      });
      notices.push(
        block.status === 'pending'
          ? 'Patron blocked here; the cooperative block waits for a coordinator.'
          : 'Patron blocked.',
      );
      onClose();
    } catch (caught) {
      setFailure(errorMessage(caught));
    }
  };
  return (
    <Modal title="Block this patron" onClose={onClose}>
      <form class="stack" onSubmit={submit}>
        <p class="muted">
          They will see “no librarian is free” and the form to leave a question, until the block
          expires or is lifted.
        </p>
        {failure && (
          <p class="banner banner-error" role="alert">
            {failure}
          </p>
        )}
        <div class="field">
          <label for="block-reason">Reason</label>
          <textarea
            id="block-reason"
            rows={3}
            maxLength={500}
            value={reason}
            aria-invalid={error ? true : undefined}
            aria-describedby="block-reason-error"
            onInput={(event) => setReason(event.currentTarget.value)}
          />
          <FieldError id="block-reason-error" message={error} />
        </div>
        <fieldset class="choice-list">
          <legend>Where</legend>
          <label class="choice">
            <input
              type="radio"
              name="block-scope"
              checked={scope === 'library'}
              onChange={() => setScope('library')}
            />
            {chat.homeLibrary.name} only
          </label>
          <label class="choice">
            <input
              type="radio"
              name="block-scope"
              checked={scope === 'cooperative'}
              onChange={() => setScope('cooperative')}
            />
            Every library of the cooperative (a coordinator approves)
          </label>
        </fieldset>
        <div class="field">
          <label for="block-hours">For</label>
          <select
            id="block-hours"
            value={String(hours)}
            onChange={(event) => setHours(Number(event.currentTarget.value))}
          >
            {DURATIONS.map(([value, label]) => (
              <option key={value} value={String(value)}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <fieldset class="choice-list">
          <legend>Recognise the patron by</legend>
          {ADDRESSES.map(([value, label]) => (
            <label key={value} class="choice">
              <input
                type="radio"
                name="block-address"
                checked={address === value}
                onChange={() => setAddress(value)}
              />
              {label}
            </label>
          ))}
        </fieldset>
        <div class="dialog-actions">
          <button type="button" class="btn btn-quiet" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" class="btn btn-primary">
            Block
          </button>
        </div>
      </form>
    </Modal>
  );
}
