import type { ChatId, LibraryId } from '@refdesk/protocol';
import type { ChatRecord, MessageRecord } from '../model.ts';

/** Chats read after the fact (transcripts, earlier chats, transcript emails), outside any room. */
export interface TranscriptStore {
  chat(id: ChatId): ChatRecord | undefined;
  /** Every message of a chat in order; internal notes only when asked. */
  messages(chatId: ChatId, includeInternal: boolean): MessageRecord[];
  /**
   * Chats of the same patron email (any case) at the same home library that started before
   * `before`, newest first, at most `limit`.
   */
  earlierChats(
    libraryId: LibraryId,
    patronEmail: string,
    before: ChatRecord,
    limit: number,
  ): ChatRecord[];
}
