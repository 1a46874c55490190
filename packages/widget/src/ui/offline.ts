/**
 * The leave-a-question form and its receipt, shown when nobody can take a chat: a chunk of its own
 * (load-extras.ts), fetched when that screen or a refusal for too many requests first shows.
 */
export { default as css } from './forms.css?inline';
export { LimitNotice } from './limit-notice.tsx';
export { OfflineForm, OfflineSent } from './offline-form.tsx';
