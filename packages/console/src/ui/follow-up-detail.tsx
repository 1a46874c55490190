import type { FollowUp, FollowUpAction } from '@refdesk/protocol/responder';
import { useState } from 'preact/hooks';
import { errorMessage } from '../state/loadable.ts';
import { useConsole, useDesk } from './console-context.ts';
import { FollowUpDutyFacts } from './follow-up-duty-facts.tsx';
import { FollowUpReferralFacts } from './follow-up-referral-facts.tsx';
import { FollowUpReply } from './follow-up-reply.tsx';
import { formatDate, formatDateTime } from './format.ts';
import { ReferralDecision } from './referral-decision.tsx';
import { TranscriptView } from './transcript-view.tsx';

export interface FollowUpDetailProps {
  followUp: FollowUp;
  onChanged(followUp: FollowUp): void;
}

const SOURCES = {
  chat: 'Chat outcome',
  offline_question: "Widget's leave-a-question form",
  referral: 'Referral',
} as const;

/** One follow-up: the question, its contact and deadline, notes, and claim / reply / note / close. */
export function FollowUpDetail({ followUp, onChanged }: FollowUpDetailProps) {
  const { api, notices } = useConsole();
  const desk = useDesk();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState('');
  const act = async (action: FollowUpAction, done: string): Promise<boolean> => {
    setBusy(true);
    try {
      onChanged(await api.followUpAction(followUp.id, action));
      notices.push(done);
      return true;
    } catch (error) {
      notices.push(errorMessage(error), 'error');
      return false;
    } finally {
      setBusy(false);
    }
  };
  const closed = followUp.status === 'closed';
  const mine = followUp.claimedBy?.id === desk.profile.id;

  return (
    <article class="follow-up stack">
      <header>
        <h2>Question</h2>
        <p class="policy-text follow-up-full-question">{followUp.question}</p>
      </header>
      <dl class="facts">
        <div>
          <dt>Contact</dt>
          <dd>
            {followUp.patronName ? `${followUp.patronName}, ` : ''}
            {followUp.contactEmail}
          </dd>
        </div>
        <div>
          <dt>Deadline</dt>
          <dd>{followUp.deadline ? formatDate(followUp.deadline) : 'None given'}</dd>
        </div>
        <div>
          <dt>From</dt>
          <dd>
            {SOURCES[followUp.source]}, {formatDateTime(followUp.createdAt)}
          </dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            {followUp.status === 'claimed' && followUp.claimedBy
              ? `Claimed by ${followUp.claimedBy.displayName}`
              : followUp.status === 'open'
                ? 'Open'
                : 'Closed'}
          </dd>
        </div>
        <FollowUpDutyFacts followUp={followUp} />
        <FollowUpReferralFacts followUp={followUp} />
      </dl>
      <ReferralDecision followUp={followUp} onChanged={onChanged} />
      {!closed && (
        <div class="row">
          {!mine && (
            <button
              type="button"
              class="btn btn-primary"
              disabled={busy}
              onClick={() => void act({ action: 'claim' }, 'You claimed this follow-up.')}
            >
              {followUp.claimedBy ? 'Claim it from them' : 'Claim'}
            </button>
          )}
          <button
            type="button"
            class="btn"
            disabled={busy}
            onClick={() => void act({ action: 'close' }, 'Follow-up closed.')}
          >
            Close follow-up
          </button>
        </div>
      )}
      {followUp.chatId && <TranscriptView chatId={followUp.chatId} />}
      {!closed && (
        <FollowUpReply
          followUp={followUp}
          busy={busy}
          onSend={(subject, text) =>
            act({ action: 'reply', subject, text }, 'Reply sent by email.')
          }
        />
      )}
      <section aria-labelledby="notes-heading" class="stack">
        <h3 id="notes-heading">Notes</h3>
        {followUp.notes.length === 0 && <p class="muted small">No notes yet.</p>}
        <ul class="plain-list notes">
          {followUp.notes.map((entry) => (
            <li key={`${entry.at}-${entry.author}`} class="note">
              <p class="small muted">
                {entry.author} · {formatDateTime(entry.at)}
              </p>
              <p class="policy-text">{entry.text}</p>
            </li>
          ))}
        </ul>
        <form
          class="stack"
          onSubmit={async (event) => {
            event.preventDefault();
            if (note.trim() && (await act({ action: 'note', text: note.trim() }, 'Note added.')))
              setNote('');
          }}
        >
          <div class="field">
            <label for="follow-up-note">Add a note for colleagues</label>
            <textarea
              id="follow-up-note"
              rows={2}
              value={note}
              maxLength={4000}
              onInput={(e) => setNote(e.currentTarget.value)}
            />
          </div>
          <div>
            <button type="submit" class="btn btn-small" disabled={busy || !note.trim()}>
              Add note
            </button>
          </div>
        </form>
      </section>
    </article>
  );
}
