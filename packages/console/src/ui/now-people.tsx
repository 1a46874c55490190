import type { NowResponder, ResponderStatus } from '@refdesk/protocol/responder';

const STATUS: Record<ResponderStatus, string> = {
  away: 'Away',
  local: 'My library only',
  cooperative: 'Cooperative',
};

/** Who is online on the Now board, in which status, with how many chats. */
export function NowPeople({ responders }: { responders: NowResponder[] }) {
  return (
    <section class="panel" aria-labelledby="now-online">
      <h2 id="now-online" class="panel-title">
        Online ({responders.length})
      </h2>
      {responders.length === 0 ? (
        <p class="panel-empty">Nobody is signed in to the desk.</p>
      ) : (
        <table class="people-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Library</th>
              <th scope="col">Status</th>
              <th scope="col">Chats</th>
            </tr>
          </thead>
          <tbody>
            {responders.map((responder) => (
              <tr key={responder.id}>
                <th scope="row">{responder.displayName}</th>
                <td>{responder.library.name}</td>
                <td>
                  {STATUS[responder.status]}
                  {!responder.connected && <span class="badge">Reconnecting</span>}
                </td>
                <td>
                  {responder.chats} of {responder.maxChats}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
