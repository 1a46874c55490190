import { ApiError } from '../api/http-client.ts';

/** Data that comes from the server: still loading, there, or failed with a message to show. */
export type Loadable<T> =
  | { state: 'loading' }
  | { state: 'ready'; value: T }
  | { state: 'error'; message: string; code: string };

export const loading: Loadable<never> = { state: 'loading' };

/**
 * Runs a request and reports it as a Loadable.
 *
 * @example
 * page.value = await load(() => api.policy(libraryId));
 */
export async function load<T>(request: () => Promise<T>): Promise<Loadable<T>> {
  try {
    return { state: 'ready', value: await request() };
  } catch (error) {
    return failed(error);
  }
}

/** An error as a Loadable, with the server's message when it sent one. */
export function failed(error: unknown): Loadable<never> {
  if (error instanceof ApiError)
    return { state: 'error', message: error.message, code: error.code };
  return { state: 'error', message: 'Something went wrong.', code: 'internal' };
}

/** The message of an error, for a notice. */
export function errorMessage(error: unknown): string {
  return error instanceof ApiError ? error.message : 'Something went wrong.';
}
