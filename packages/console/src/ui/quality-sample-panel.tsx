import type {
  SampleDraw,
  SamplePeriod,
  SampleSettings,
  SamplesResponse,
} from '@refdesk/protocol/responder';
import { useEffect, useState } from 'preact/hooks';
import { errorMessage, type Loadable, load, loading } from '../state/loadable.ts';
import { useConsole } from './console-context.ts';
import { formatDateTime } from './format.ts';

const PERIOD_NAMES: Record<SamplePeriod, string> = {
  weekly: 'Weekly',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
};

export interface QualitySamplePanelProps {
  /** Coordinators set the rule and draw on demand; reviewers see the draws. */
  coordinator: boolean;
  /** A draw put chats in the inbox: reload it. */
  onDrawn(): void;
}

/**
 * The rotating random sample: the rule (N chats per responder, M per library, each period), the
 * draws with their seeds, and for coordinators the rule's form and a "Draw now" button.
 */
export function QualitySamplePanel({ coordinator, onDrawn }: QualitySamplePanelProps) {
  const { api, notices } = useConsole();
  const [samples, setSamples] = useState<Loadable<SamplesResponse>>(loading);
  const reload = () => void load(() => api.qualitySamples()).then(setSamples);
  useEffect(reload, [api]);
  const draw = async (period: 'current' | 'previous') => {
    try {
      const drawn = await api.drawSample({ period });
      notices.push(
        drawn.chats === 0
          ? 'Nothing new to draw: every quota of the period is met.'
          : `Drew ${drawn.chats} chats for ${drawn.period}.`,
      );
      reload();
      onDrawn();
    } catch (caught) {
      notices.push(errorMessage(caught));
    }
  };
  return (
    <section class="panel stack" aria-labelledby="sample-heading">
      <h2 id="sample-heading" class="panel-title">
        Random sample
      </h2>
      {samples.state === 'loading' && <p class="muted">Loading…</p>}
      {samples.state === 'error' && <p class="form-error">{samples.message}</p>}
      {samples.state === 'ready' && (
        <>
          <p>
            {PERIOD_NAMES[samples.value.settings.period]}: {samples.value.settings.perResponder}{' '}
            chats per responder and {samples.value.settings.perLibrary} per library, drawn at the
            start of each period from the answered chats of the one before, every responder and
            library before anyone twice.
          </p>
          {coordinator && (
            <>
              <SampleRuleForm
                initial={samples.value.settings}
                onSaved={(settings) =>
                  setSamples({ state: 'ready', value: { ...samples.value, settings } })
                }
              />
              <div class="row">
                <button type="button" class="btn btn-primary" onClick={() => void draw('current')}>
                  Draw now
                </button>
                <button type="button" class="btn" onClick={() => void draw('previous')}>
                  Draw the last period
                </button>
              </div>
            </>
          )}
          <DrawTable draws={samples.value.draws} />
        </>
      )}
    </section>
  );
}

function SampleRuleForm(props: {
  initial: SampleSettings;
  onSaved(settings: SampleSettings): void;
}) {
  const { api, notices } = useConsole();
  const [rule, setRule] = useState(props.initial);
  const save = async (event: Event) => {
    event.preventDefault();
    try {
      props.onSaved(await api.saveSampleSettings(rule));
      notices.push('Sample rule saved.');
    } catch (caught) {
      notices.push(errorMessage(caught));
    }
  };
  const quota = (key: 'perResponder' | 'perLibrary', label: string, max: number) => (
    <div class="field">
      <label for={`sample-${key}`}>{label}</label>
      <input
        id={`sample-${key}`}
        type="number"
        min={0}
        max={max}
        value={rule[key]}
        onInput={(event) => setRule({ ...rule, [key]: event.currentTarget.valueAsNumber || 0 })}
      />
    </div>
  );
  return (
    <form class="row sample-rule" onSubmit={save} aria-label="Sample rule">
      <div class="field">
        <label for="sample-period">Period</label>
        <select
          id="sample-period"
          value={rule.period}
          onChange={(event) =>
            setRule({ ...rule, period: event.currentTarget.value as SamplePeriod })
          }
        >
          {Object.entries(PERIOD_NAMES).map(([value, name]) => (
            <option key={value} value={value}>
              {name}
            </option>
          ))}
        </select>
      </div>
      {quota('perResponder', 'Chats per responder', 20)}
      {quota('perLibrary', 'Chats per library', 50)}
      <div>
        <button type="submit" class="btn">
          Save rule
        </button>
      </div>
    </form>
  );
}

function DrawTable({ draws }: { draws: SampleDraw[] }) {
  if (draws.length === 0) return <p class="muted">No sample drawn yet.</p>;
  return (
    <table class="data-table">
      <caption class="visually-hidden">Draws, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Period</th>
          <th scope="col">Drawn</th>
          <th scope="col">By</th>
          <th scope="col">Chats</th>
          <th scope="col">Seed</th>
        </tr>
      </thead>
      <tbody>
        {draws.slice(0, 12).map((one) => (
          <tr key={one.id}>
            <td>{one.period}</td>
            <td>{formatDateTime(one.drawnAt)}</td>
            <td>{one.drawnBy?.displayName ?? 'Schedule'}</td>
            <td>{one.chats}</td>
            <td>
              <code>{one.seed}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
