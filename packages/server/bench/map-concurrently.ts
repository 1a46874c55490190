/**
 * Runs `work(0..count-1)` with at most `limit` at a time; rejects with the first failure.
 *
 * @example
 * await mapConcurrently(1000, 100, (index) => connectPatron(index));
 */
export async function mapConcurrently(
  count: number,
  limit: number,
  work: (index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    for (let index = next++; index < count; index = next++) await work(index);
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, lane));
}
