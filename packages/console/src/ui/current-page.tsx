import { assertNever } from '@refdesk/protocol/responder';
import { AccountPage } from './account-page.tsx';
import { BlocksPage } from './blocks-page.tsx';
import { useConsole, useDesk } from './console-context.ts';
import { CooperativePage } from './cooperative-page.tsx';
import { CoordinatorsOnly } from './coordinators-only.tsx';
import { DeskPage } from './desk-page.tsx';
import { FollowUpPoolPage } from './follow-up-pool-page.tsx';
import { FollowUpsPage } from './follow-ups-page.tsx';
import { GroupsPage } from './groups-page.tsx';
import { LibrariesPage } from './libraries-page.tsx';
import { NowPage } from './now-page.tsx';
import { PatronRequestsPage } from './patron-requests-page.tsx';
import { PeoplePage } from './people-page.tsx';
import { PolicyEditorPage } from './policy-editor-page.tsx';
import { PolicyPagesPage } from './policy-pages-page.tsx';
import { QualityPage } from './quality-page.tsx';
import { ReportsLoader } from './reports-loader.tsx';
import { RetentionPage } from './retention-page.tsx';
import { SchedulesPage } from './schedules-page.tsx';
import { ScriptsPage } from './scripts-page.tsx';
import { TranscriptsPage } from './transcripts-page.tsx';
import { WidgetSettingsPage } from './widget-settings-page.tsx';

/** The page the URL names. The desk stays connected whichever page is in front. */
export function CurrentPage() {
  const route = useConsole().router.route.value;
  const { roles } = useDesk().profile;
  const coordinator = roles.includes('coordinator');
  const admin = roles.includes('library_admin') || coordinator;
  switch (route.page) {
    case 'desk':
      return <DeskPage />;
    case 'follow-ups':
      return <FollowUpsPage followUpId={route.followUpId} />;
    case 'policies':
      return <PolicyPagesPage libraryId={route.libraryId} />;
    case 'scripts':
      return <ScriptsPage />;
    case 'schedules':
      return <SchedulesPage />;
    case 'admin-policy':
      return admin ? <PolicyEditorPage /> : <AdminsOnly />;
    case 'admin-widget':
      return admin ? <WidgetSettingsPage /> : <AdminsOnly />;
    case 'people':
      return admin ? <PeoplePage /> : <AdminsOnly />;
    case 'admin-privacy':
      return admin ? <RetentionPage /> : <AdminsOnly />;
    case 'admin-blocks':
      return admin ? <BlocksPage /> : <AdminsOnly />;
    case 'admin-patrons':
      return admin ? <PatronRequestsPage /> : <AdminsOnly />;
    case 'account':
      return <AccountPage />;
    case 'now':
      return admin ? <NowPage /> : <AdminsOnly />;
    case 'admin-libraries':
      return admin ? <LibrariesPage /> : <AdminsOnly />;
    case 'admin-groups':
      return coordinator ? <GroupsPage /> : <CoordinatorsOnly />;
    case 'admin-cooperative':
      return coordinator ? <CooperativePage /> : <CoordinatorsOnly />;
    case 'follow-up-pool':
      return roles.includes('coordinator') ? <FollowUpPoolPage /> : <AdminsOnly />;
    case 'reports':
      return admin ? <ReportsLoader /> : <AdminsOnly />;
    case 'transcripts':
      return <TranscriptsPage chatId={route.chatId} />;
    case 'quality':
      return <QualityPage caseId={route.caseId} />;
    case 'invitation':
    case 'reset-password':
    case 'forgot-password':
      // Rendered by App before the shell; reaching here means the URL changed under us.
      return <DeskPage />;
    default:
      return assertNever(route);
  }
}

function AdminsOnly() {
  return (
    <main class="page page-narrow" id="main" tabIndex={-1}>
      <h1>Library admins only</h1>
      <p class="muted">
        Your library's admins edit its policy page and widget and manage its people. Ask them, or
        report a problem from the policy page itself.
      </p>
    </main>
  );
}
