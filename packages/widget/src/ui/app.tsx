import type { WidgetState } from '../state/create-widget-state.ts';
import type { ExtrasModule } from './load-extras.ts';
import { Panel } from './panel.tsx';

export interface AppProps {
  state: WidgetState;
  extras: ExtrasModule | undefined;
  position: 'left' | 'right';
  onClose(): void;
}

/**
 * Everything the first click loads: the panel, and the live region that announces new messages
 * even while the panel is closed. A pure function of the state: `startApp` renders it again
 * after every change.
 *
 * @example
 * render(<App state={state} extras={undefined} position="right" onClose={close} />, container);
 */
export function App({ state, extras, position, onClose }: AppProps) {
  return (
    <>
      <Panel state={state} extras={extras} position={position} onClose={onClose} />
      {/* The one polite live region: new messages and status changes (state/create-announcer). */}
      <div class="sr" aria-live="polite">
        {state.announcement}
      </div>
    </>
  );
}
