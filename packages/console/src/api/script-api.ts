import {
  type LibraryId,
  type Script,
  type ScriptInput,
  ScriptListResponseSchema,
} from '@refdesk/protocol/responder';
import type { HttpClient } from './http-client.ts';

export interface ScriptApi {
  /** Scripts I may use, the given library's first (the one whose patron I am helping). */
  scripts(libraryId: LibraryId): Promise<Script[]>;
  createScript(input: ScriptInput): Promise<void>;
  updateScript(id: string, input: ScriptInput): Promise<void>;
  deleteScript(id: string): Promise<void>;
}

/**
 * Scripted messages: personal, library and cooperative scopes.
 *
 * @example
 * const scripts = await scriptApi(http).scripts('springfield' as LibraryId);
 */
export function scriptApi(http: HttpClient): ScriptApi {
  const one = (id: string) => `/api/scripts/${encodeURIComponent(id)}`;
  return {
    async scripts(libraryId) {
      const url = `/api/scripts?library=${encodeURIComponent(libraryId)}`;
      return (await http.get(url, ScriptListResponseSchema)).scripts;
    },
    createScript: (input) => http.send('POST', '/api/scripts', input),
    updateScript: (id, input) => http.send('PUT', one(id), input),
    deleteScript: (id) => http.send('DELETE', one(id)),
  };
}
