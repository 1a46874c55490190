import { computed, useSignalEffect } from '@preact/signals';
import type { ResponderProfile } from '@refdesk/protocol/responder';
import { useEffect, useMemo } from 'preact/hooks';
import { createResponderSocket } from '../api/responder-socket.ts';
import { createDeskState } from '../state/desk-state.ts';
import { createIdleWatch } from '../state/idle-watch.ts';
import { createOfferAlerts } from '../state/offer-alerts.ts';
import { AppHeader } from './app-header.tsx';
import { AwayWarning } from './away-warning.tsx';
import { DeskContext, useConsole } from './console-context.ts';
import { CurrentPage } from './current-page.tsx';

export interface SignedInShellProps {
  profile: ResponderProfile;
}

/** Everything after sign-in: the live desk connection, alerts, the away timer, and the pages. */
export function SignedInShell({ profile }: SignedInShellProps) {
  const services = useConsole();
  const { desk, alerts, idle } = useMemo(() => {
    let chime = () => {};
    const desk = createDeskState({
      profile,
      notices: services.notices,
      connect: (handlers) => createResponderSocket(handlers),
      onOfferArrived: () => chime(),
    });
    const alerts = createOfferAlerts({
      waiting: computed(() => desk.data.value.offers.length),
    });
    chime = alerts.chime;
    const idle = createIdleWatch({
      target: window,
      isAvailable: () => desk.data.value.status !== 'away',
      goAway: () => desk.setStatus('away'),
    });
    return { desk, alerts, idle };
  }, [profile, services]);

  useEffect(() => {
    desk.start();
    return () => {
      desk.stop();
      alerts.dispose();
      idle.dispose();
    };
  }, [desk, alerts, idle]);

  useSignalEffect(() => {
    if (desk.connection.value === 'signed_out') services.session.expired();
  });

  return (
    <DeskContext.Provider value={desk}>
      <div class="shell">
        <AppHeader sound={alerts.sound} />
        <CurrentPage />
        <AwayWarning idle={idle} />
      </div>
    </DeskContext.Provider>
  );
}
