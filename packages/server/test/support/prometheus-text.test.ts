import { describe, expect, it } from 'vitest';
import { parsePrometheusText, sampleValue } from './prometheus-text.ts';

const GOOD = `# HELP jobs_total Jobs done.
# TYPE jobs_total counter
jobs_total{queue="a \\"quoted\\" one",tier="local"} 3
# TYPE wait_seconds histogram
wait_seconds_bucket{le="0.1"} 1
wait_seconds_bucket{le="+Inf"} 2
wait_seconds_sum 0.35
wait_seconds_count 2
`;

describe('the strict Prometheus text reader the metrics tests use', () => {
  it('reads families, escaped label values and histograms', () => {
    const families = parsePrometheusText(GOOD);
    expect(families.get('jobs_total')?.type).toBe('counter');
    expect(sampleValue(families, 'jobs_total', { queue: 'a "quoted" one' })).toBe(3);
    expect(sampleValue(families, 'wait_seconds_count')).toBe(2);
  });

  it.each([
    ['a sample without a TYPE', 'orphan 1\n'],
    ['a value that is not a number', '# TYPE x gauge\nx one\n'],
    ['an unterminated label value', '# TYPE x gauge\nx{a="b} 1\n'],
    ['a bad label name', '# TYPE x gauge\nx{1a="b"} 1\n'],
    ['no final newline', '# TYPE x gauge\nx 1'],
    [
      'a histogram whose +Inf bucket is not its count',
      GOOD.replace('wait_seconds_count 2', 'wait_seconds_count 5'),
    ],
    [
      'buckets that are not cumulative',
      GOOD.replace('le="+Inf"} 2', 'le="+Inf"} 0').replace('_count 2', '_count 0'),
    ],
  ])('refuses %s', (_, text) => {
    expect(() => parsePrometheusText(text)).toThrow();
  });
});
