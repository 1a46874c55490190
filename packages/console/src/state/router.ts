import { type ReadonlySignal, signal } from '@preact/signals';
import { assertNever } from '@refdesk/protocol/responder';

export type Route =
  | { page: 'desk' }
  | { page: 'follow-ups'; followUpId: string | null }
  | { page: 'policies'; libraryId: string | null }
  | { page: 'scripts' }
  | { page: 'admin-policy' }
  | { page: 'admin-widget' }
  | { page: 'admin-privacy' }
  | { page: 'people' }
  | { page: 'account' }
  | { page: 'invitation' }
  | { page: 'reset-password' }
  | { page: 'forgot-password' }
  | { page: 'schedules' }
  | { page: 'now' }
  | { page: 'admin-libraries' }
  | { page: 'admin-groups' }
  | { page: 'admin-cooperative' }
  | { page: 'follow-up-pool' }
  | { page: 'reports' }
  | { page: 'transcripts'; chatId: string | null }
  | { page: 'quality'; caseId: string | null }
  | { page: 'admin-blocks' }
  | { page: 'admin-patrons' };

/** Pages anyone may open, signed in or not: emailed links and "forgot password". */
export type PublicPage = 'invitation' | 'reset-password' | 'forgot-password';
const PUBLIC_PAGES: ReadonlySet<string> = new Set([
  'invitation',
  'reset-password',
  'forgot-password',
]);

/** Whether a page is one of the {@link PublicPage}s. */
export function isPublicPage(page: Route['page']): page is PublicPage {
  return PUBLIC_PAGES.has(page);
}

export const BASE = '/console/';

/**
 * The console's page from a URL path under `/console/`; unknown paths show the desk.
 *
 * @example
 * parseRoute('/console/follow-ups/fu_12'); // { page: 'follow-ups', followUpId: 'fu_12' }
 */
export function parseRoute(pathname: string): Route {
  const rest = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : '';
  const [first = '', second] = rest.split('/').filter(Boolean).map(decodeURIComponent);
  switch (first) {
    case 'follow-ups':
      return { page: 'follow-ups', followUpId: second ?? null };
    case 'policies':
      return { page: 'policies', libraryId: second ?? null };
    case 'scripts':
      return { page: 'scripts' };
    case 'schedules':
      return { page: 'schedules' };
    case 'follow-up-pool':
      return { page: 'follow-up-pool' };
    case 'transcripts':
      return { page: 'transcripts', chatId: second ?? null };
    case 'quality':
      return { page: 'quality', caseId: second ?? null };
    case 'people':
    case 'account':
    case 'invitation':
    case 'reset-password':
    case 'forgot-password':
    case 'now':
    case 'reports':
      return { page: first };
    case 'admin':
      if (second === 'policy') return { page: 'admin-policy' };
      if (second === 'widget') return { page: 'admin-widget' };
      if (second === 'libraries') return { page: 'admin-libraries' };
      if (second === 'groups') return { page: 'admin-groups' };
      if (second === 'cooperative') return { page: 'admin-cooperative' };
      if (second === 'privacy') return { page: 'admin-privacy' };
      if (second === 'blocks') return { page: 'admin-blocks' };
      if (second === 'patrons') return { page: 'admin-patrons' };
      return { page: 'desk' };
    default:
      return { page: 'desk' };
  }
}

/** The URL path of a route. */
export function routePath(route: Route): string {
  switch (route.page) {
    case 'desk':
      return BASE;
    case 'follow-ups':
      return `${BASE}follow-ups${route.followUpId ? `/${encodeURIComponent(route.followUpId)}` : ''}`;
    case 'policies':
      return `${BASE}policies${route.libraryId ? `/${encodeURIComponent(route.libraryId)}` : ''}`;
    case 'scripts':
      return `${BASE}scripts`;
    case 'schedules':
      return `${BASE}schedules`;
    case 'transcripts':
      return `${BASE}transcripts${route.chatId ? `/${encodeURIComponent(route.chatId)}` : ''}`;
    case 'quality':
      return `${BASE}quality${route.caseId ? `/${encodeURIComponent(route.caseId)}` : ''}`;
    case 'admin-policy':
      return `${BASE}admin/policy`;
    case 'admin-widget':
      return `${BASE}admin/widget`;
    case 'admin-libraries':
      return `${BASE}admin/libraries`;
    case 'admin-groups':
      return `${BASE}admin/groups`;
    case 'admin-cooperative':
      return `${BASE}admin/cooperative`;
    case 'admin-privacy':
      return `${BASE}admin/privacy`;
    case 'admin-blocks':
      return `${BASE}admin/blocks`;
    case 'admin-patrons':
      return `${BASE}admin/patrons`;
    case 'people':
    case 'account':
    case 'invitation':
    case 'reset-password':
    case 'forgot-password':
    case 'now':
    case 'follow-up-pool':
    case 'reports':
      return `${BASE}${route.page}`;
    default:
      return assertNever(route);
  }
}

export interface Router {
  route: ReadonlySignal<Route>;
  navigate(route: Route): void;
  dispose(): void;
}

/**
 * History-based navigation between the console's pages.
 *
 * @example
 * const router = createRouter(window);
 * router.navigate({ page: 'follow-ups', followUpId: null });
 */
export function createRouter(win: Window = window): Router {
  const route = signal(parseRoute(win.location.pathname));
  const onPop = () => {
    route.value = parseRoute(win.location.pathname);
  };
  win.addEventListener('popstate', onPop);
  return {
    route,
    navigate(next) {
      const path = routePath(next);
      if (path !== win.location.pathname) win.history.pushState(null, '', path);
      route.value = next;
    },
    dispose: () => win.removeEventListener('popstate', onPop),
  };
}
