/**
 * Migration 12: the quality program's rotating random sample and the libraries' own surveys.
 *
 * - `quality_sample_settings`: a cooperative's rule (period, chats per responder and per library);
 *   without a row the defaults hold (monthly, 2, 5).
 * - `quality_sample_draws`: every draw with its seed and the span of chats it looked at, so a draw
 *   can be replayed; its chats are `quality_cases` rows of source `sample` carrying the draw, the
 *   subject they count for in the rotation and the reason shown to reviewers. A chat is sampled
 *   at most once (a partial unique index).
 * - `library_surveys`: a library's survey questions (JSON, up to 15), shown to its patrons whoever
 *   answers; `surveys.answers` holds a patron's answers to them (JSON by question id).
 *
 * @example
 * db.exec(SCHEMA_SAMPLES_SURVEYS);
 */
export const SCHEMA_SAMPLES_SURVEYS = `
CREATE TABLE quality_sample_settings (
  cooperative_id TEXT PRIMARY KEY,
  period TEXT NOT NULL CHECK (period IN ('weekly', 'monthly', 'quarterly')),
  per_responder INTEGER NOT NULL CHECK (per_responder >= 0),
  per_library INTEGER NOT NULL CHECK (per_library >= 0)
);

CREATE TABLE quality_sample_draws (
  id TEXT PRIMARY KEY,
  cooperative_id TEXT NOT NULL,
  period TEXT NOT NULL,
  period_start INTEGER NOT NULL,
  period_end INTEGER NOT NULL,
  seed TEXT NOT NULL,
  drawn_at INTEGER NOT NULL,
  drawn_by TEXT,
  scheduled INTEGER NOT NULL CHECK (scheduled IN (0, 1)),
  per_responder INTEGER NOT NULL,
  per_library INTEGER NOT NULL
);
CREATE INDEX quality_sample_draws_by_period ON quality_sample_draws (cooperative_id, period);

ALTER TABLE quality_cases ADD COLUMN draw_id TEXT;
ALTER TABLE quality_cases ADD COLUMN sample_subject TEXT;
ALTER TABLE quality_cases ADD COLUMN sample_reason TEXT;
CREATE UNIQUE INDEX quality_cases_sampled_once ON quality_cases (chat_id) WHERE source = 'sample';
CREATE INDEX quality_cases_by_draw ON quality_cases (draw_id) WHERE draw_id IS NOT NULL;

CREATE TABLE library_surveys (
  library_id TEXT PRIMARY KEY,
  questions TEXT NOT NULL CHECK (json_valid(questions)),
  updated_at INTEGER NOT NULL
);
ALTER TABLE surveys ADD COLUMN answers TEXT CHECK (answers IS NULL OR json_valid(answers));
`;
