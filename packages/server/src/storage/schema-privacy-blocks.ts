/**
 * Migration 14, the block list and IP modes. `patron_blocks` of migration 10 is rebuilt (nothing
 * ever wrote to it): a block keys on the salted hash of the widget's browser id, of the patron's
 * address or subnet, or both. Each library chooses what of a patron's address it keeps on a chat
 * (`ip_mode`: nothing, the subnet or the full address); the scrub clears it with the identifiers.
 *
 * @example
 * db.exec(SCHEMA_PRIVACY_BLOCKS);
 */
export const SCHEMA_PRIVACY_BLOCKS = `
DROP INDEX patron_blocks_by_hash;
DROP TABLE patron_blocks;

CREATE TABLE patron_blocks (
  id TEXT PRIMARY KEY,
  cooperative_id TEXT NOT NULL,
  library_id TEXT NOT NULL,
  scope TEXT NOT NULL CHECK (scope IN ('library', 'cooperative')),
  status TEXT NOT NULL CHECK (status IN ('pending', 'active', 'lifted')),
  browser_hash TEXT,
  address TEXT NOT NULL CHECK (address IN ('none', 'subnet', 'full')),
  address_hash TEXT,
  reason TEXT NOT NULL,
  chat_id TEXT,
  created_by TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  decided_by TEXT,
  decided_at INTEGER,
  CHECK (browser_hash IS NOT NULL OR address_hash IS NOT NULL)
);
CREATE INDEX patron_blocks_by_cooperative ON patron_blocks (cooperative_id, expires_at);

ALTER TABLE retention_settings ADD COLUMN ip_mode TEXT NOT NULL DEFAULT 'none'
  CHECK (ip_mode IN ('none', 'subnet', 'full'));
ALTER TABLE chats ADD COLUMN patron_address TEXT;
`;
