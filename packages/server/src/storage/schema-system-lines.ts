/**
 * The service's own chat lines keep their code and params beside their English text, so each
 * patron reads them in their language: live, on resume and in the transcript email.
 */
export const SCHEMA_SYSTEM_LINES = `
ALTER TABLE messages ADD COLUMN system_line TEXT CHECK (system_line IS NULL OR json_valid(system_line))
`;
