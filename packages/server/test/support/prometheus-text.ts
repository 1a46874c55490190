/** One sample line: `name{label="value"} 1.5`. */
export interface PromSample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** A metric family: its `# TYPE`, `# HELP` and samples. */
export interface PromFamily {
  type: 'counter' | 'gauge' | 'histogram' | 'summary' | 'untyped';
  help: string | undefined;
  samples: PromSample[];
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const TYPES = new Set(['counter', 'gauge', 'histogram', 'summary', 'untyped']);
const SUFFIXES: Record<string, string[]> = {
  histogram: ['_bucket', '_sum', '_count'],
  summary: ['', '_sum', '_count'],
};

/** As Prometheus reads a value (Go's ParseFloat): NaN and Inf in any case, e.g. prom-client's `Nan`. */
function parseValue(text: string, line: number): number {
  const special = /^([-+]?)(inf|infinity|nan)$/i.exec(text);
  if (special) {
    if (special[2]?.toLowerCase() === 'nan') return Number.NaN;
    return special[1] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) {
    throw new Error(`line ${line}: "${text}" is not a number`);
  }
  return Number(text);
}

/** Reads `{a="x",b="y\"z"}` from `text` at `start` (just after `{`); returns labels and the end. */
function parseLabels(text: string, start: number, line: number) {
  const labels: Record<string, string> = {};
  let i = start;
  const fail = (why: string) => {
    throw new Error(`line ${line}: ${why} in labels of "${text}"`);
  };
  while (text[i] !== '}') {
    const eq = text.indexOf('=', i);
    if (eq < 0) fail('no "="');
    const name = text.slice(i, eq);
    if (!LABEL.test(name)) fail(`bad label name "${name}"`);
    if (name in labels) fail(`label "${name}" twice`);
    if (text[eq + 1] !== '"') fail('unquoted value');
    let value = '';
    let j = eq + 2;
    for (; j < text.length && text[j] !== '"'; j++) {
      if (text[j] !== '\\') value += text[j];
      else {
        const escaped = text[++j];
        if (escaped === 'n') value += '\n';
        else if (escaped === '\\' || escaped === '"') value += escaped;
        else fail(`bad escape "\\${escaped}"`);
      }
    }
    if (j >= text.length) fail('unterminated value');
    labels[name] = value;
    i = j + 1;
    if (text[i] === ',') i++;
    else if (text[i] !== '}') fail('expected "," or "}"');
  }
  return { labels, end: i + 1 };
}

/**
 * A strict reader of the Prometheus text exposition format (version 0.0.4): every sample belongs
 * to a family declared by `# TYPE` before it, names and label names are valid, values are numbers,
 * histogram buckets are cumulative with `le`, end in `+Inf` and match `_count`. Throws on anything
 * else, naming the line.
 *
 * @example
 * const families = parsePrometheusText(await (await fetch(`${url}/metrics`)).text());
 */
export function parsePrometheusText(text: string): Map<string, PromFamily> {
  if (!text.endsWith('\n')) throw new Error('the exposition must end with a newline');
  const families = new Map<string, PromFamily>();
  const familyOf = new Map<string, string>();
  text
    .slice(0, -1)
    .split('\n')
    .forEach((raw, index) => {
      const line = index + 1;
      if (raw === '') return;
      const meta = /^# (HELP|TYPE) (\S+) ?(.*)$/.exec(raw);
      if (meta) {
        const [, kind, name = '', rest = ''] = meta;
        if (!NAME.test(name)) throw new Error(`line ${line}: bad metric name "${name}"`);
        const family = families.get(name);
        if (kind === 'HELP') {
          if (family?.help !== undefined) throw new Error(`line ${line}: second HELP for ${name}`);
          if (family) family.help = rest;
          else families.set(name, { type: 'untyped', help: rest, samples: [] });
          return;
        }
        if (!TYPES.has(rest)) throw new Error(`line ${line}: unknown type "${rest}"`);
        if (family && (family.samples.length > 0 || familyOf.has(name)))
          throw new Error(`line ${line}: TYPE of ${name} after its samples or twice`);
        const type = rest as PromFamily['type'];
        families.set(name, { type, help: family?.help, samples: [] });
        for (const suffix of SUFFIXES[type] ?? ['']) familyOf.set(name + suffix, name);
        return;
      }
      if (raw.startsWith('#')) return;
      const nameMatch = /^[a-zA-Z_:][a-zA-Z0-9_:]*/.exec(raw);
      if (!nameMatch) throw new Error(`line ${line}: not a sample: "${raw}"`);
      const name = nameMatch[0];
      let rest = raw.slice(name.length);
      let labels: Record<string, string> = {};
      if (rest.startsWith('{')) {
        const parsed = parseLabels(rest, 1, line);
        labels = parsed.labels;
        rest = rest.slice(parsed.end);
      }
      const fields = rest.trim().split(/\s+/);
      if (!rest.startsWith(' ') || fields.length < 1 || fields.length > 2)
        throw new Error(`line ${line}: expected "value [timestamp]" in "${raw}"`);
      const value = parseValue(fields[0] ?? '', line);
      if (fields[1] !== undefined && !/^-?\d+$/.test(fields[1]))
        throw new Error(`line ${line}: bad timestamp in "${raw}"`);
      const familyName = familyOf.get(name);
      const family = familyName ? families.get(familyName) : undefined;
      if (!family) throw new Error(`line ${line}: sample ${name} has no TYPE before it`);
      family.samples.push({ name, labels, value });
    });
  for (const [name, family] of families)
    if (family.type === 'histogram') checkHistogram(name, family);
  return families;
}

function checkHistogram(name: string, family: PromFamily): void {
  const series = new Map<string, { buckets: [number, number][]; count?: number }>();
  for (const sample of family.samples) {
    const { le, ...rest } = sample.labels;
    const key = JSON.stringify(Object.entries(rest).sort());
    const entry = series.get(key) ?? { buckets: [] };
    series.set(key, entry);
    if (sample.name === `${name}_bucket`) {
      if (le === undefined) throw new Error(`${name}_bucket without le`);
      entry.buckets.push([parseValue(le, 0), sample.value]);
    } else if (sample.name === `${name}_count`) entry.count = sample.value;
  }
  for (const { buckets, count } of series.values()) {
    const last = buckets.at(-1);
    if (!last || last[0] !== Number.POSITIVE_INFINITY) throw new Error(`${name}: no +Inf bucket`);
    if (last[1] !== count) throw new Error(`${name}: +Inf bucket differs from _count`);
    buckets.reduce(
      (previous, [le, value]) => {
        if (le <= previous[0] || value < previous[1])
          throw new Error(`${name}: buckets not cumulative`);
        return [le, value];
      },
      [Number.NEGATIVE_INFINITY, 0],
    );
  }
}

/** The value of the one sample of `name` whose labels include `labels` (0 when there is none). */
export function sampleValue(
  families: Map<string, PromFamily>,
  name: string,
  labels: Record<string, string> = {},
): number {
  const matching = [...families.values()]
    .flatMap((family) => family.samples)
    .filter(
      (sample) =>
        sample.name === name &&
        Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
    );
  return matching.reduce((sum, sample) => sum + sample.value, 0);
}
