/**
 * The parts of the panel a chat needs only at its end or when nobody is available: the
 * leave-a-question form, the survey, the transcript request and the options menu, with their
 * styles. A separate chunk, fetched when first needed (load-extras.ts), so opening the chat and
 * its first exchange load only what they show.
 */
export { AfterChat } from './after-chat.tsx';
export { chime } from './chime.ts';
export { default as extrasCss } from './extras.css?inline';
export { LimitNotice } from './limit-notice.tsx';
export { OfflineForm, OfflineSent } from './offline-form.tsx';
export { OptionsMenu } from './options-menu.tsx';
