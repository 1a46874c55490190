import { describe, expect, it } from 'vitest';
import { isPublicPage, parseRoute, type Route, routePath } from './router.ts';

describe('parseRoute', () => {
  it('reads every page of the console from its path, and the desk from anything else', () => {
    const routes: Route[] = [
      { page: 'desk' },
      { page: 'follow-ups', followUpId: null },
      { page: 'follow-ups', followUpId: 'fu_1' },
      { page: 'policies', libraryId: 'springfield' },
      { page: 'scripts' },
      { page: 'admin-policy' },
      { page: 'admin-widget' },
      { page: 'now' },
      { page: 'admin-libraries' },
      { page: 'admin-groups' },
      { page: 'admin-cooperative' },
      { page: 'admin-privacy' },
      { page: 'transcripts', chatId: null },
      { page: 'transcripts', chatId: 'chat_1' },
      { page: 'quality', caseId: null },
      { page: 'quality', caseId: 'qc_1' },
      { page: 'admin-blocks' },
      { page: 'admin-patrons' },
    ];
    for (const route of routes) expect(parseRoute(routePath(route))).toEqual(route);
    expect(parseRoute('/console/nowhere')).toEqual({ page: 'desk' });
    expect(parseRoute('/elsewhere')).toEqual({ page: 'desk' });
  });
});

describe('the account pages', () => {
  it('reads the people, account and public account-link pages from their paths', () => {
    const routes: Route[] = [
      { page: 'people' },
      { page: 'account' },
      { page: 'invitation' },
      { page: 'reset-password' },
      { page: 'forgot-password' },
    ];
    for (const route of routes) expect(parseRoute(routePath(route))).toEqual(route);
    expect(routePath({ page: 'invitation' })).toBe('/console/invitation');
  });

  it('treats only the emailed links and "forgot password" as public', () => {
    const open = (
      ['people', 'account', 'invitation', 'reset-password', 'forgot-password'] as const
    ).filter(isPublicPage);
    expect(open).toEqual(['invitation', 'reset-password', 'forgot-password']);
  });
});
