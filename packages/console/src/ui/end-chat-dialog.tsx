import type { LibraryId, Outcome } from '@refdesk/protocol/responder';
import { useState } from 'preact/hooks';
import type { ChatView } from '../state/desk-types.ts';
import { type EndForm, endFrame, needsFollowUp, outcomeConsequence } from '../state/end-form.ts';
import { OUTCOME_LABELS } from '../state/labels.ts';
import { useConsole, useDesk } from './console-context.ts';
import { EndTextField as TextField } from './end-text-field.tsx';
import { FieldError } from './field-error.tsx';
import { isoDay } from './format.ts';
import { Modal } from './modal.tsx';

export interface EndChatDialogProps {
  chat: ChatView;
  onClose(): void;
}

const OUTCOMES = Object.keys(OUTCOME_LABELS) as Outcome[];

/** Ends a chat with an outcome; follow-ups need a contact email and a deadline, referrals a target. */
export function EndChatDialog({ chat, onClose }: EndChatDialogProps) {
  const desk = useDesk();
  const libraries = useConsole().library.libraries.value;
  const [form, setForm] = useState<EndForm>({
    outcome: chat.practice ? 'practice' : 'answered',
    contactEmail: chat.patron.email ?? '',
    deadline: '',
    note: '',
    referralKind: 'library',
    referralLibrary: '',
    referralEmail: '',
  });
  const [errors, setErrors] = useState<Partial<Record<keyof EndForm, string>>>({});
  const set = (patch: Partial<EndForm>) => setForm({ ...form, ...patch });
  const followUp = needsFollowUp(form.outcome);

  const submit = (event: Event) => {
    event.preventDefault();
    const result = endFrame(chat.chatId, form);
    if (!result.ok) {
      setErrors(result.errors);
      const first = Object.keys(result.errors)[0];
      if (first) document.getElementById(`end-${first}`)?.focus();
      return;
    }
    if (desk.end(result.frame)) onClose();
  };

  return (
    <Modal title="End chat" onClose={onClose}>
      <form class="stack" onSubmit={submit} noValidate>
        <fieldset class="choice-list">
          <legend>Outcome</legend>
          {OUTCOMES.map((outcome) => (
            <label key={outcome} class="choice">
              <input
                type="radio"
                name="outcome"
                value={outcome}
                checked={form.outcome === outcome}
                onChange={() => set({ outcome })}
              />
              {OUTCOME_LABELS[outcome]}
            </label>
          ))}
        </fieldset>
        <p class="muted small" aria-live="polite">
          {outcomeConsequence(form.outcome, chat.homeLibrary.name)}
        </p>
        {form.outcome === 'referred' && (
          <fieldset class="stack">
            <legend>Refer to</legend>
            <label class="choice">
              <input
                type="radio"
                name="referral"
                checked={form.referralKind === 'library'}
                onChange={() => set({ referralKind: 'library' })}
              />
              A member library
            </label>
            <label class="choice">
              <input
                type="radio"
                name="referral"
                checked={form.referralKind === 'email'}
                onChange={() => set({ referralKind: 'email' })}
              />
              An outside email address (a subject specialist, another library)
            </label>
            {form.referralKind === 'library' ? (
              <div class="field">
                <label for="end-referralLibrary">Library</label>
                <select
                  id="end-referralLibrary"
                  value={form.referralLibrary}
                  aria-invalid={errors.referralLibrary ? true : undefined}
                  aria-describedby="end-referralLibrary-error"
                  onChange={(event) =>
                    set({ referralLibrary: event.currentTarget.value as LibraryId })
                  }
                >
                  <option value="">Choose a library</option>
                  {libraries.state === 'ready' &&
                    libraries.value.map((library) => (
                      <option key={library.id} value={library.id}>
                        {library.name}
                      </option>
                    ))}
                </select>
                <FieldError id="end-referralLibrary-error" message={errors.referralLibrary} />
              </div>
            ) : (
              <TextField
                id="referralEmail"
                label="Email address"
                type="email"
                form={form}
                errors={errors}
                set={set}
              />
            )}
          </fieldset>
        )}
        {followUp && (
          <div class="stack">
            <TextField
              id="contactEmail"
              label="Contact email"
              type="email"
              form={form}
              errors={errors}
              set={set}
            />
            <TextField
              id="deadline"
              label="Deadline"
              type="date"
              min={isoDay()}
              form={form}
              errors={errors}
              set={set}
            />
            <div class="field">
              <label for="end-note">Note for whoever follows up (optional)</label>
              <textarea
                id="end-note"
                rows={2}
                value={form.note}
                onInput={(event) => set({ note: event.currentTarget.value })}
              />
            </div>
          </div>
        )}
        <div class="dialog-actions">
          <button type="button" class="btn btn-quiet" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" class="btn btn-primary">
            End chat
          </button>
        </div>
      </form>
    </Modal>
  );
}
