import type { Signal } from '@preact/signals';
import { ConnectionBadge } from './connection-badge.tsx';
import { useConsole, useDesk } from './console-context.ts';
import { NavLink } from './nav-link.tsx';
import { StatusControl } from './status-control.tsx';
import { useFeedbackUnread } from './use-feedback-unread.ts';
import { useFollowUpBadge } from './use-follow-up-badge.ts';
import { UserMenu } from './user-menu.tsx';

export interface AppHeaderProps {
  sound: Signal<boolean>;
}

/** The bar across the top: pages, connection, status, sound, who is signed in. */
export function AppHeader({ sound }: AppHeaderProps) {
  const { session } = useConsole();
  const desk = useDesk();
  const { profile } = desk;
  const data = desk.data.value;
  const isCoordinator = profile.roles.includes('coordinator');
  const isAdmin = profile.roles.includes('library_admin') || isCoordinator;
  const unread = data.chats.reduce((sum, chat) => sum + chat.unread, 0);
  const deskCount = data.offers.length + unread;
  const followUpBadge = useFollowUpBadge();
  const feedbackUnread = useFeedbackUnread();
  return (
    <header class="topbar">
      <a class="skip-link" href="#main">
        Skip to main content
      </a>
      <span class="brand" aria-hidden="true">
        <span class="brand-mark" />
        Refdesk
      </span>
      <nav class="topnav" aria-label="Console">
        <NavLink to={{ page: 'desk' }} count={deskCount}>
          Desk
        </NavLink>
        <NavLink to={{ page: 'follow-ups', followUpId: null }} count={followUpBadge}>
          Follow-ups
        </NavLink>
        <NavLink to={{ page: 'policies', libraryId: null }}>Policy pages</NavLink>
        <NavLink to={{ page: 'scripts' }}>Scripts</NavLink>
        {isAdmin && <NavLink to={{ page: 'admin-policy' }}>Edit policy page</NavLink>}
        {isAdmin && <NavLink to={{ page: 'admin-widget' }}>Widget settings</NavLink>}
        {isAdmin && <NavLink to={{ page: 'people' }}>People</NavLink>}
        <NavLink to={{ page: 'schedules' }}>Schedules</NavLink>
        {isAdmin && <NavLink to={{ page: 'now' }}>Now</NavLink>}
        {isAdmin && <NavLink to={{ page: 'admin-libraries' }}>Libraries</NavLink>}
        {isCoordinator && <NavLink to={{ page: 'admin-groups' }}>Groups</NavLink>}
        {isCoordinator && <NavLink to={{ page: 'admin-cooperative' }}>Cooperative</NavLink>}
        {isAdmin && <NavLink to={{ page: 'admin-privacy' }}>Privacy</NavLink>}
        {profile.roles.includes('coordinator') && (
          <NavLink to={{ page: 'follow-up-pool' }}>Cooperative pool</NavLink>
        )}
        {isAdmin && <NavLink to={{ page: 'reports' }}>Reports</NavLink>}
        <NavLink to={{ page: 'transcripts', chatId: null }}>Transcripts</NavLink>
        <NavLink to={{ page: 'quality', caseId: null }} count={feedbackUnread}>
          Quality
        </NavLink>
        {isAdmin && <NavLink to={{ page: 'admin-blocks' }}>Blocks</NavLink>}
        {isAdmin && <NavLink to={{ page: 'admin-patrons' }}>Patron requests</NavLink>}
      </nav>
      <div class="topbar-end">
        <ConnectionBadge state={desk.connection.value} />
        <StatusControl
          status={data.status}
          onChange={desk.setStatus}
          disabled={desk.connection.value !== 'open'}
        />
        <UserMenu profile={profile} sound={sound} onSignOut={() => void session.signOut()} />
      </div>
    </header>
  );
}
