import { assertNever } from '@refdesk/protocol/responder';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { PublicPage } from '../state/router.ts';
import { ForgotPasswordPage } from './forgot-password-page.tsx';
import { InvitationPage } from './invitation-page.tsx';
import { ResetPasswordPage } from './reset-password-page.tsx';

export interface AccountLinkPageProps {
  page: PublicPage;
}

/**
 * The pages a person reaches without signing in. An emailed link carries its token in the URL's
 * fragment; it is read once and removed from the address bar (and so from the history).
 */
export function AccountLinkPage({ page }: AccountLinkPageProps) {
  const [token] = useState(() => {
    const value = decodeURIComponent(window.location.hash.slice(1));
    if (value) window.history.replaceState(null, '', window.location.pathname);
    return value;
  });
  switch (page) {
    case 'invitation':
      return <InvitationPage token={token} />;
    case 'reset-password':
      return <ResetPasswordPage token={token} />;
    case 'forgot-password':
      return <ForgotPasswordPage />;
    default:
      return assertNever(page);
  }
}

/** The card the sign-in page uses, for the pages around it. */
export function PublicCard({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <main class="sign-in" id="main">
      <div class="sign-in-card">
        <p class="brand brand-large" aria-hidden="true">
          <span class="brand-mark" />
          Refdesk
        </p>
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}
