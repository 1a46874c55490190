/** What a library admin or librarian sees on a page only coordinators use. */
export function CoordinatorsOnly() {
  return (
    <main class="page page-narrow" id="main" tabIndex={-1}>
      <h1>Coordinators only</h1>
      <p class="muted">
        The cooperative's coordinators manage its groups and settings. Ask one of them for a change.
      </p>
    </main>
  );
}
