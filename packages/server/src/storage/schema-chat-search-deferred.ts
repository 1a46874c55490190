/**
 * Migration 17 (issue #18): the archive's full-text index takes a chat's messages when the chat
 * ends, in one rewrite, instead of on every message. Migration 7 appended each message to the
 * chat's FTS5 document, and an FTS5 update deletes and re-tokenizes the whole document (with
 * secure-delete on): a cost per message that grew with the chat, 150 µs of the event loop per
 * message at a couple of hundred messages, where the message insert itself costs about 14 µs.
 * A live chat stays findable by its question; its messages join the index when it ends (and a
 * message stored in an ended chat, such as an import, joins at once).
 */
export const SCHEMA_CHAT_SEARCH_DEFERRED = `
DROP TRIGGER chat_search_message;
CREATE TRIGGER chat_search_message AFTER INSERT ON messages
WHEN (SELECT state FROM chats WHERE id = new.chat_id) = 'ended' BEGIN
  UPDATE chat_search SET body = body || char(10) || new.text
  WHERE rowid = (SELECT rowid FROM chats WHERE id = new.chat_id);
END;
CREATE TRIGGER chat_search_chat_ended AFTER UPDATE OF state ON chats
WHEN new.state = 'ended' AND old.state IS NOT 'ended' BEGIN
  UPDATE chat_search SET body = new.question || coalesce(char(10) ||
    (SELECT group_concat(text, char(10)) FROM messages WHERE messages.chat_id = new.id), '')
  WHERE rowid = new.rowid;
END;
`;
