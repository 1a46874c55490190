import { signal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import type { RefdeskApi } from '../api/create-api.ts';
import { ApiError } from '../api/http-client.ts';
import type { ConsoleServices } from '../state/console-services.ts';
import { createDeskState, type DeskState } from '../state/desk-state.ts';
import { createLibraryData } from '../state/library-data.ts';
import { createNotices } from '../state/notices.ts';
import type { Route, Router } from '../state/router.ts';
import { createSessionState } from '../state/session-state.ts';
import { ConsoleContext, DeskContext } from '../ui/console-context.ts';
import { createFakeResponderSocket, type FakeResponderSocket } from './fake-socket.ts';
import { ben } from './fixtures.ts';

/** An API whose every call fails with not_found, except the ones a test provides. */
export function fakeApi(overrides: Partial<RefdeskApi> = {}): RefdeskApi {
  return new Proxy(overrides as RefdeskApi, {
    get(target, key: string) {
      if (key in target) return target[key as keyof RefdeskApi];
      return () => Promise.reject(new ApiError('not_found', `${key} is not faked`, 404));
    },
  });
}

export interface Harness {
  services: ConsoleServices;
  desk: DeskState;
  socket: FakeResponderSocket;
  wrap(children: ComponentChildren): ComponentChildren;
}

/** The console's services and a desk over a fake socket, for rendering one component. */
export function createHarness(api: RefdeskApi = fakeApi(), now = 10_000): Harness {
  const route = signal<Route>({ page: 'desk' });
  const router: Router = { route, navigate: (next) => (route.value = next), dispose: () => {} };
  const notices = createNotices();
  const services: ConsoleServices = {
    api,
    session: createSessionState(api),
    router,
    notices,
    library: createLibraryData(api),
    now: signal(now),
  };
  const socket = createFakeResponderSocket();
  const desk = createDeskState({ profile: ben, notices, connect: socket.connect, now: () => now });
  return {
    services,
    desk,
    socket,
    wrap: (children) => (
      <ConsoleContext.Provider value={services}>
        <DeskContext.Provider value={desk}>{children}</DeskContext.Provider>
      </ConsoleContext.Provider>
    ),
  };
}
