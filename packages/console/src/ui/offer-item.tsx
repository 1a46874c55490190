import type { QueueEntry } from '@refdesk/protocol/responder';
import { TIER_LABELS } from '../state/labels.ts';
import { formatWait } from './format.ts';

export interface OfferItemProps {
  offer: QueueEntry;
  now: number;
  /** The patron is from my own library. */
  mine: boolean;
  onAccept(): void;
}

/**
 * One waiting patron: library, tier, wait so far, first question, whether the patron has left
 * the page (the chat leaves the queue after a grace), and Accept.
 */
export function OfferItem({ offer, now, mine, onAccept }: OfferItemProps) {
  const questionId = `offer-question-${offer.chatId}`;
  return (
    <li class="offer">
      <div class="offer-meta">
        <span class={mine ? 'library-name library-mine' : 'library-name'}>
          {offer.library.name}
        </span>
        <span class={`tier tier-${offer.tier}`}>{TIER_LABELS[offer.tier]}</span>
        {offer.practice && <span class="tag">Practice</span>}
      </div>
      <p class="offer-question" id={questionId}>
        {offer.question}
      </p>
      {offer.patronLeftAt !== undefined && (
        <p class="offer-left">Patron left {formatWait(now - offer.patronLeftAt)} ago</p>
      )}
      <div class="offer-foot">
        <span class="wait">
          <span class="visually-hidden">Waiting for </span>
          {formatWait(now - offer.waitingSince)}
        </span>
        <button
          type="button"
          class="btn btn-primary btn-small"
          aria-describedby={questionId}
          onClick={onAccept}
        >
          Accept
        </button>
      </div>
    </li>
  );
}
