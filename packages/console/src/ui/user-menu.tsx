import type { Signal } from '@preact/signals';
import type { ResponderProfile } from '@refdesk/protocol/responder';
import { useRef } from 'preact/hooks';
import { NavLink } from './nav-link.tsx';
import { useDismissableMenu } from './use-dismissable-menu.ts';

export interface UserMenuProps {
  profile: ResponderProfile;
  sound: Signal<boolean>;
  onSignOut(): void;
}

/** Who is signed in, the offer chime, and Sign out, behind the librarian's name. */
export function UserMenu({ profile, sound, onSignOut }: UserMenuProps) {
  const ref = useRef<HTMLDetailsElement>(null);
  useDismissableMenu(ref);
  return (
    <details class="user-menu" ref={ref}>
      <summary class="btn btn-quiet btn-small">
        <span class="user-initials" aria-hidden="true">
          {initials(profile.displayName)}
        </span>
        <span class="user-name">{profile.displayName}</span>
      </summary>
      <div class="user-menu-panel">
        <p class="user-menu-who">
          <strong>{profile.displayName}</strong>
          <span class="muted small">{profile.email}</span>
          <span class="muted small">{profile.library.name}</span>
        </p>
        <label class="check">
          <input
            type="checkbox"
            checked={sound.value}
            onChange={(event) => {
              sound.value = event.currentTarget.checked;
            }}
          />
          Chime for new chats
        </label>
        <NavLink to={{ page: 'account' }} class="text-link">
          Your account
        </NavLink>
        <button type="button" class="btn btn-small" onClick={onSignOut}>
          Sign out
        </button>
      </div>
    </details>
  );
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}
