import type { ConsoleServices } from './state/console-services.ts';
import { isPublicPage } from './state/router.ts';
import { AccountLinkPage } from './ui/account-link-page.tsx';
import { ConsoleContext } from './ui/console-context.ts';
import { NoticeRegion } from './ui/notice-region.tsx';
import { SignInPage } from './ui/sign-in-page.tsx';
import { SignedInShell } from './ui/signed-in-shell.tsx';

export interface AppProps {
  services: ConsoleServices;
}

/**
 * The console: the public account pages (invitation, password reset), the sign-in page, or the
 * signed-in shell with the desk and the admin pages.
 */
export function App({ services }: AppProps) {
  const phase = services.session.phase.value;
  const profile = services.session.profile.value;
  const route = services.router.route.value;
  if (isPublicPage(route.page)) {
    return (
      <ConsoleContext.Provider value={services}>
        <AccountLinkPage page={route.page} />
        <NoticeRegion />
      </ConsoleContext.Provider>
    );
  }
  return (
    <ConsoleContext.Provider value={services}>
      {phase === 'checking' && (
        <main class="splash" aria-busy="true">
          <p>Opening Refdesk…</p>
        </main>
      )}
      {phase === 'signed_out' && <SignInPage />}
      {phase === 'signed_in' && profile && <SignedInShell key={profile.id} profile={profile} />}
      <NoticeRegion />
    </ConsoleContext.Provider>
  );
}
