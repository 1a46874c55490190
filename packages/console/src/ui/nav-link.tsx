import type { ComponentChildren } from 'preact';
import { type Route, routePath } from '../state/router.ts';
import { useConsole } from './console-context.ts';

export interface NavLinkProps {
  to: Route;
  children: ComponentChildren;
  /** A badge: offers waiting, unread messages. */
  count?: number;
  class?: string;
  /** Current only on exactly this URL (list items), not on any URL of the same page (the top bar). */
  exact?: boolean;
}

/** A link between console pages that navigates without reloading (modified clicks still open tabs). */
export function NavLink({ to, children, count, class: className, exact }: NavLinkProps) {
  const { router } = useConsole();
  const route = router.route.value;
  const current = exact ? routePath(route) === routePath(to) : route.page === to.page;
  return (
    <a
      href={routePath(to)}
      class={className ?? 'topnav-link'}
      aria-current={current ? 'page' : undefined}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        router.navigate(to);
      }}
    >
      {children}
      {count !== undefined && count > 0 && (
        <span class="badge">
          {count}
          <span class="visually-hidden"> new</span>
        </span>
      )}
    </a>
  );
}
