import type { NowBoard } from '@refdesk/protocol/responder';
import { useEffect, useState } from 'preact/hooks';
import { type Loadable, load, loading } from '../state/loadable.ts';
import { useConsole } from './console-context.ts';
import { ExpectedNowPanel } from './expected-now-panel.tsx';
import { NowChats } from './now-chats.tsx';
import { NowPeople } from './now-people.tsx';

/** How often the board asks the room again. */
export const NOW_POLL_MS = 3000;

/** What a board says, and when (on this browser's clock) it arrived: waits keep counting. */
export interface ReceivedBoard {
  board: NowBoard;
  receivedAt: number;
}

/**
 * The live "Now" board: who is online and how, who waits and for how long, the chats being
 * answered by library and the follow-ups due. A coordinator sees the cooperative; a library
 * admin their library. It asks the server every few seconds while it is open.
 */
export function NowPage() {
  const { api } = useConsole();
  const [board, setBoard] = useState<Loadable<ReceivedBoard>>(loading);
  // WCAG 2.2.2: content that updates by itself can be paused (to read a row, to zoom in).
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    if (paused) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const poll = async () => {
      const result = await load(() => api.now());
      if (stopped) return;
      setBoard((previous) =>
        result.state === 'ready'
          ? { state: 'ready', value: { board: result.value, receivedAt: Date.now() } }
          : previous.state === 'ready'
            ? previous // keep showing the last board through a blip
            : result,
      );
      timer = setTimeout(() => void poll(), NOW_POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [api, paused]);

  return (
    <main class="page" id="main" tabIndex={-1}>
      <div class="page-head">
        <h1>Now</h1>
        <button
          type="button"
          class="btn btn-small"
          aria-pressed={paused}
          onClick={() => setPaused(!paused)}
        >
          Pause live updates
        </button>
        {board.state === 'ready' && (
          <p class="page-library">{board.value.board.scope?.name ?? 'The whole cooperative'}</p>
        )}
      </div>
      {board.state === 'loading' && <p class="muted">Loading…</p>}
      {board.state === 'error' && <p class="form-error">{board.message}</p>}
      {board.state === 'ready' && (
        <>
          <NowPeople responders={board.value.board.responders} />
          <ExpectedNowPanel />
          <NowChats received={board.value} />
        </>
      )}
    </main>
  );
}
