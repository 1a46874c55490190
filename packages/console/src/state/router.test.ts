import { describe, expect, it } from 'vitest';
import { parseRoute, type Route, routePath } from './router.ts';

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
    ];
    for (const route of routes) expect(parseRoute(routePath(route))).toEqual(route);
    expect(parseRoute('/console/nowhere')).toEqual({ page: 'desk' });
    expect(parseRoute('/elsewhere')).toEqual({ page: 'desk' });
  });
});
