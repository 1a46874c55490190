import { describe, expect, it } from 'vitest';
import {
  AFTER_OPENING_BUDGET,
  checkBudgets,
  formatReport,
  PAGE_VIEW_BUDGET,
} from '../scripts/size-budget.ts';

// As served with brotli; gzip -9 a tenth larger, which no budget counts.
const file = (path: string, bytes: number) => ({
  path,
  bytes,
  encoding: 'br',
  gzipBytes: Math.round(bytes * 1.1),
});

describe('the budgets of pnpm size', () => {
  it('are 4 KB for a page view and 16 KB more for opening the chat', () => {
    expect(PAGE_VIEW_BUDGET).toBe(4096);
    expect(AFTER_OPENING_BUDGET).toBe(16384);
  });

  it('sum every file a phase downloaded, as it came over the wire, and pass at exactly the budget', () => {
    const [result] = checkBudgets([
      { name: 'page view', budget: 4096, files: [file('/widget.js', 4000), file('/x', 96)] },
    ]);
    expect(result).toMatchObject({ total: 4096, gzipTotal: 4506, ok: true });
  });

  it('fail a phase one byte over its budget, whatever the other phases do', () => {
    const results = checkBudgets([
      { name: 'page view', budget: 4096, files: [file('/widget.js', 3000)] },
      {
        name: 'after opening',
        budget: 16384,
        files: [file('/widget/panel.js', 14000), file('/widget/en.js', 2385)],
      },
    ]);
    expect(results.map((result) => result.ok)).toEqual([true, false]);
    expect(results.map((result) => result.failed)).toEqual([false, true]);
    expect(results[1]?.total).toBe(16385);
  });

  it('fail over budget even within an interim ceiling when strict, and over the ceiling always', () => {
    const phase = (bytes: number) => ({
      name: 'after opening',
      budget: 16384,
      ceiling: 17664,
      files: [file('/widget/panel.js', bytes)],
    });
    expect(checkBudgets([phase(17000)])[0]).toMatchObject({ ok: false, failed: false });
    expect(checkBudgets([phase(17000)], true)[0]).toMatchObject({ ok: false, failed: true });
    expect(checkBudgets([phase(17665)])[0]).toMatchObject({ ok: false, failed: true });
    expect(checkBudgets([phase(16384)], true)[0]).toMatchObject({ ok: true, failed: false });
    expect(formatReport(checkBudgets([phase(17000)]))[0]).toContain(
      'OVER BUDGET by 616 B (within the interim ceiling of 17.25 KB)',
    );
  });

  it('print each total with its verdict and the files, largest first', () => {
    const lines = formatReport(
      checkBudgets([
        {
          name: 'after opening',
          budget: 100,
          files: [file('/widget/en.js', 40), file('/widget/panel.js', 70)],
        },
      ]),
    );
    expect(lines[0]).toMatch(
      /^widget: after opening: 0\.11 KB downloaded \(110 B; budget 0\.10 KB; gzip -9 121 B\) OVER BUDGET$/,
    );
    expect(lines.slice(1)).toEqual([
      '      70 B br           77 B gzip -9  /widget/panel.js',
      '      40 B br           44 B gzip -9  /widget/en.js',
    ]);
  });
});
