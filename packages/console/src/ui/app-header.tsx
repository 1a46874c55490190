import type { Signal } from '@preact/signals';
import { ConnectionBadge } from './connection-badge.tsx';
import { useConsole, useDesk } from './console-context.ts';
import { type ManagedPage, ManageMenu } from './manage-menu.tsx';
import { NavLink } from './nav-link.tsx';
import { StatusControl } from './status-control.tsx';
import { useFeedbackUnread } from './use-feedback-unread.ts';
import { useFollowUpBadge } from './use-follow-up-badge.ts';
import { useMakeUpBadge } from './use-make-up-badge.ts';
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
  const makeUpsOwed = useMakeUpBadge(isAdmin);
  return (
    <header class="topbar">
      <a class="skip-link" href="#main">
        Skip to main content
      </a>
      <span class="brand" aria-hidden="true">
        <span class="brand-mark" />
        <span class="brand-name">Refdesk</span>
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
        <NavLink to={{ page: 'schedules' }} count={makeUpsOwed}>
          Schedules
        </NavLink>
        {isAdmin && <NavLink to={{ page: 'now' }}>Now</NavLink>}
        {isAdmin && <NavLink to={{ page: 'reports' }}>Reports</NavLink>}
        <NavLink to={{ page: 'transcripts', chatId: null }}>Transcripts</NavLink>
        <NavLink to={{ page: 'quality', caseId: null }} count={feedbackUnread}>
          Quality
        </NavLink>
        <ManageMenu pages={managedPages(isAdmin, isCoordinator)} />
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

/** The setup pages a person may open: library admins their library's, coordinators all. */
function managedPages(isAdmin: boolean, isCoordinator: boolean): ManagedPage[] {
  if (!isAdmin) return [];
  const pages: ManagedPage[] = [
    { to: { page: 'admin-policy' }, label: 'Edit policy page' },
    { to: { page: 'admin-widget' }, label: 'Widget settings' },
    { to: { page: 'people' }, label: 'People' },
    { to: { page: 'admin-libraries' }, label: 'Libraries' },
    { to: { page: 'admin-privacy' }, label: 'Privacy' },
    { to: { page: 'admin-patrons' }, label: 'Patron requests' },
    { to: { page: 'admin-blocks' }, label: 'Blocks' },
  ];
  if (!isCoordinator) return pages;
  return [
    ...pages,
    { to: { page: 'admin-groups' }, label: 'Groups' },
    { to: { page: 'admin-cooperative' }, label: 'Cooperative' },
    { to: { page: 'follow-up-pool' }, label: 'Cooperative pool' },
  ];
}
