/**
 * The parts of the panel a chat needs only at its end: the survey, the transcript request and the
 * options menu, with their styles. A separate chunk, fetched when first needed (load-extras.ts), so
 * opening the chat and its first exchange load only what they show. The leave-a-question form is
 * a chunk of its own (offline.ts): a patron who finds nobody online needs nothing of this one.
 */
export { AfterChat } from './after-chat.tsx';
export { chime } from './chime.ts';
export { default as css } from './extras.css?inline';
export { LimitNotice } from './limit-notice.tsx';
export { OptionsMenu } from './options-menu.tsx';
