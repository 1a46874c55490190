/**
 * The parts of the panel a chat needs only at its end or when nobody is available: the
 * leave-a-question form, the survey, the transcript request and the options menu, with their
 * styles. A separate chunk, fetched when first needed or as soon as the patron has asked, so the
 * first click loads only what the first screen shows. It also brings the watch that tells the
 * server when the patron leaves the page for good, needed only once a chat has started, and the webmaster's warning
 * when the site may not use the widget.
 */
export { watchDeparture } from '../client/watch-departure.ts';
export { AfterChat } from './after-chat.tsx';
export { chime } from './chime.ts';
export { default as extrasCss } from './extras.css?inline';
export { LimitNotice } from './limit-notice.tsx';
export { OfflineForm, OfflineSent } from './offline-form.tsx';
export { OptionsMenu } from './options-menu.tsx';
export { warnNotAllowed } from './warn-not-allowed.ts';
