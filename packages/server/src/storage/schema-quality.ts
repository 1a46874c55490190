/**
 * Migration 7: the quality program and the transcript archive. Cases (forwards and samples) with
 * their review, feedback threads and read marks, the drawn samples with their seed, indexes for
 * the archive's filters and an FTS5 index of every chat's question and messages.
 *
 * The full-text index is kept by triggers, so both runtimes (node:sqlite and Durable Object SQL,
 * both built with FTS5) and every writer stay in step: one row per chat with the chat's rowid, its
 * question and then its messages appended as they come. Chats are stored as they start, so
 * walking the index by rowid, newest first, lists matches newest first and stops at a page. A forward through the socket frame
 * (`quality_forwards`) becomes a case by trigger too.
 *
 * @example
 * db.exec(SCHEMA_QUALITY);
 */
export const SCHEMA_QUALITY = `
CREATE TABLE quality_cases (
  id TEXT PRIMARY KEY,
  cooperative_id TEXT NOT NULL,
  chat_id TEXT NOT NULL REFERENCES chats (id) ON DELETE CASCADE,
  source TEXT NOT NULL CHECK (source IN ('forward', 'sample')),
  label TEXT CHECK (label IS NULL OR label IN ('fyi', 'complaint', 'compliment')),
  comment TEXT NOT NULL,
  created_by TEXT,
  created_at INTEGER NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('new', 'in_review', 'feedback_sent', 'closed')),
  assignee_id TEXT,
  due_at INTEGER,
  review TEXT CHECK (review IS NULL OR json_valid(review)),
  reviewed_by TEXT,
  reviewed_at INTEGER
);
CREATE INDEX quality_cases_by_cooperative ON quality_cases (cooperative_id, created_at);
CREATE INDEX quality_cases_by_chat ON quality_cases (chat_id, created_at);

CREATE TABLE quality_messages (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  case_id TEXT NOT NULL REFERENCES quality_cases (id) ON DELETE CASCADE,
  author_id TEXT NOT NULL,
  text TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX quality_messages_by_case ON quality_messages (case_id, id);

CREATE TABLE quality_reads (
  case_id TEXT NOT NULL REFERENCES quality_cases (id) ON DELETE CASCADE,
  responder_id TEXT NOT NULL,
  read_at INTEGER NOT NULL,
  PRIMARY KEY (case_id, responder_id)
);

CREATE TABLE quality_samples (
  cooperative_id TEXT NOT NULL,
  period TEXT NOT NULL,
  seed TEXT NOT NULL,
  drawn_at INTEGER NOT NULL,
  PRIMARY KEY (cooperative_id, period)
);

CREATE TRIGGER quality_forward_case AFTER INSERT ON quality_forwards BEGIN
  INSERT INTO quality_cases (id, cooperative_id, chat_id, source, label, comment, created_by,
    created_at, state)
  SELECT 'qf_' || new.id, chats.cooperative_id, new.chat_id, 'forward', 'fyi', new.comment,
    new.responder_id, new.at, 'new'
  FROM chats WHERE chats.id = new.chat_id;
END;
INSERT INTO quality_cases (id, cooperative_id, chat_id, source, label, comment, created_by,
  created_at, state)
SELECT 'qf_' || quality_forwards.id, chats.cooperative_id, quality_forwards.chat_id, 'forward',
  'fyi', quality_forwards.comment, quality_forwards.responder_id, quality_forwards.at, 'new'
FROM quality_forwards JOIN chats ON chats.id = quality_forwards.chat_id;

CREATE INDEX chats_by_cooperative_time ON chats (cooperative_id, created_at, id);
CREATE INDEX chats_by_library_time ON chats (library_id, created_at, id);
CREATE INDEX chats_by_responder_time ON chats (responder_id, created_at, id);

CREATE VIRTUAL TABLE chat_search USING fts5 (body, tokenize = 'unicode61 remove_diacritics 2');
-- A deleted or replaced body leaves no tokens behind in the index (erasure, the privacy scrub).
INSERT INTO chat_search (chat_search, rank) VALUES ('secure-delete', 1);
INSERT INTO chat_search (rowid, body)
SELECT chats.rowid, chats.question || coalesce(char(10) ||
  (SELECT group_concat(text, char(10)) FROM messages WHERE messages.chat_id = chats.id), '')
FROM chats;
CREATE TRIGGER chat_search_chat AFTER INSERT ON chats BEGIN
  INSERT INTO chat_search (rowid, body) VALUES (new.rowid, new.question);
END;
CREATE TRIGGER chat_search_chat_gone AFTER DELETE ON chats BEGIN
  DELETE FROM chat_search WHERE rowid = old.rowid;
END;
CREATE TRIGGER chat_search_message AFTER INSERT ON messages BEGIN
  UPDATE chat_search SET body = body || char(10) || new.text
  WHERE rowid = (SELECT rowid FROM chats WHERE id = new.chat_id);
END;
CREATE TRIGGER chat_search_question_edited AFTER UPDATE OF question ON chats BEGIN
  UPDATE chat_search SET body = new.question || coalesce(char(10) ||
    (SELECT group_concat(text, char(10)) FROM messages WHERE messages.chat_id = new.id), '')
  WHERE rowid = new.rowid;
END;
CREATE TRIGGER chat_search_message_edited AFTER UPDATE OF text ON messages BEGIN
  UPDATE chat_search SET body = (SELECT chats.question || coalesce(char(10) ||
    (SELECT group_concat(text, char(10)) FROM messages WHERE messages.chat_id = chats.id), '')
    FROM chats WHERE chats.id = new.chat_id)
  WHERE rowid = (SELECT rowid FROM chats WHERE id = new.chat_id);
END;
CREATE TRIGGER chat_search_message_gone AFTER DELETE ON messages BEGIN
  UPDATE chat_search SET body = (SELECT chats.question || coalesce(char(10) ||
    (SELECT group_concat(text, char(10)) FROM messages WHERE messages.chat_id = chats.id), '')
    FROM chats WHERE chats.id = old.chat_id)
  WHERE rowid = (SELECT rowid FROM chats WHERE id = old.chat_id);
END;
`;
