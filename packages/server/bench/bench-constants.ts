import type { CooperativeId, GroupId, LibraryId } from '@refdesk/protocol';

export const BENCH_COOPERATIVE = 'bench' as CooperativeId;
export const BENCH_LIBRARY = 'bench-library' as LibraryId;
export const BENCH_PASSWORD = 'bench-password';
/** Patron sockets of the bench come from this origin, which the bench library allows. */
export const BENCH_ORIGIN = 'http://127.0.0.1';

/** The sign-in email of bench responder `index` (0-based). */
export const benchResponderEmail = (index: number): string => `r${index}@bench.example`;

/** Patron `index` asks this question; the number tells its librarian which chat is theirs. */
export const benchQuestion = (index: number): string => `Bench question #${index}`;

/** The patron number in a bench question, or undefined. */
export const questionPatron = (question: string): number | undefined => {
  const match = /#(\d+)$/.exec(question);
  return match ? Number(match[1]) : undefined;
};

/** Library `index` of a bench cooperative with several (the first is {@link BENCH_LIBRARY}). */
export const benchLibraryId = (index: number): LibraryId =>
  (index === 0 ? BENCH_LIBRARY : `bench-library-${index}`) as LibraryId;

/** Group `index` of a bench cooperative with groups. */
export const benchGroupId = (index: number): GroupId => `bench-group-${index}` as GroupId;
