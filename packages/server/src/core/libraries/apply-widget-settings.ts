import type { WidgetSettings } from '@refdesk/protocol';
import type { LibrarySettings } from '../model.ts';

/**
 * A library's settings after an admin saves its widget settings: colours lower-cased, and
 * coverage and earlier-chat sharing kept when the form leaves them out. `allowedOrigins` comes
 * already checked and normalised (the HTTP layer parses origins with WHATWG URL).
 *
 * @example
 * const settings = applyWidgetSettings(library.settings, input, allowedOrigins(input.allowedOrigins));
 * directory.updateLibrary({ ...library, settings });
 */
export function applyWidgetSettings(
  current: LibrarySettings,
  input: WidgetSettings,
  allowedOrigins: string[],
): LibrarySettings {
  return {
    ...current,
    nameField: input.nameField,
    emailField: input.emailField,
    privacyNote: input.privacyNote,
    colour: input.colour.toLowerCase(),
    localTimerSeconds: input.localTimerSeconds,
    groupTimerSeconds: input.groupTimerSeconds,
    allowedOrigins,
    coverage: input.coverage ?? current.coverage,
    shareEarlierChats: input.shareEarlierChats ?? current.shareEarlierChats,
    ...(input.privacyPolicyUrl === undefined ? {} : { privacyPolicyUrl: input.privacyPolicyUrl }),
  };
}
