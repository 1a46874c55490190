import { useEffect, useRef } from 'preact/hooks';
import type { Route } from '../state/router.ts';
import { useConsole } from './console-context.ts';
import { NavLink } from './nav-link.tsx';
import { useDismissableMenu } from './use-dismissable-menu.ts';

export interface ManagedPage {
  to: Route;
  label: string;
}

/**
 * The pages that set the service up (policy, widget, people, libraries, privacy...) behind one
 * "Manage" menu in the top bar, so the bar keeps to the pages used every shift.
 */
export function ManageMenu({ pages }: { pages: ManagedPage[] }) {
  const { router } = useConsole();
  const ref = useRef<HTMLDetailsElement>(null);
  useDismissableMenu(ref);
  const route = router.route.value;
  useEffect(() => {
    // Following one of its links closes the menu.
    if (ref.current && route) ref.current.open = false;
  }, [route]);
  if (pages.length === 0) return null;
  const current = pages.find((page) => page.to.page === route.page);
  return (
    <details class="nav-menu" ref={ref}>
      <summary class="topnav-link" data-current={current ? 'true' : undefined}>
        Manage
        {current && <span class="visually-hidden">, current page {current.label}</span>}
        <span class="nav-menu-caret" aria-hidden="true" />
      </summary>
      <div class="nav-menu-panel">
        {pages.map((page) => (
          <NavLink key={page.label} to={page.to} class="nav-menu-link">
            {page.label}
          </NavLink>
        ))}
      </div>
    </details>
  );
}
