import { useConsole, useDesk } from './console-context.ts';
import { OfferItem } from './offer-item.tsx';

/** Patrons waiting for me, longest-waiting first. */
export function OfferList() {
  const desk = useDesk();
  const now = useConsole().now.value;
  const { offers, status } = desk.data.value;
  return (
    <section class="panel offers" aria-labelledby="offers-heading">
      <h2 id="offers-heading" class="panel-title">
        Waiting patrons <span class="count">{offers.length}</span>
      </h2>
      {offers.length === 0 ? (
        <p class="muted panel-empty">
          {status === 'away'
            ? 'You are Away, so no chats are offered to you.'
            : 'Nobody is waiting. New chats appear here, with a chime if sound is on.'}
        </p>
      ) : (
        <ul class="offer-list">
          {offers.map((offer) => (
            <OfferItem
              key={offer.chatId}
              offer={offer}
              now={now}
              mine={offer.library.id === desk.profile.library.id}
              onAccept={() => desk.accept(offer.chatId)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
