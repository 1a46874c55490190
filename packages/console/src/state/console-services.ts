import { type ReadonlySignal, signal } from '@preact/signals';
import { createApi, type RefdeskApi } from '../api/create-api.ts';
import { createHttpClient } from '../api/http-client.ts';
import { createLibraryData, type LibraryData } from './library-data.ts';
import { createNotices, type Notices } from './notices.ts';
import { createRouter, type Router } from './router.ts';
import { createSessionState, type SessionState } from './session-state.ts';

/** What every page of the console shares, signed in or not. */
export interface ConsoleServices {
  api: RefdeskApi;
  session: SessionState;
  router: Router;
  notices: Notices;
  library: LibraryData;
  /** The time, ticking every second, for waits and countdowns. */
  now: ReadonlySignal<number>;
}

/**
 * Builds the console's services for the page.
 *
 * @example
 * const services = createConsoleServices();
 * await services.session.restore();
 */
export function createConsoleServices(
  options: { api?: RefdeskApi; router?: Router } = {},
): ConsoleServices {
  let session: SessionState | undefined;
  const http = createHttpClient({ onUnauthorized: () => session?.expired() });
  const api = options.api ?? createApi(http);
  session = createSessionState(api);
  const now = signal(Date.now());
  setInterval(() => {
    now.value = Date.now();
  }, 1000);
  return {
    api,
    session,
    router: options.router ?? createRouter(),
    notices: createNotices(),
    library: createLibraryData(api),
    now,
  };
}
