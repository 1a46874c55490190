import { type ResponderStatus, ResponderStatusSchema } from '@refdesk/protocol/responder';
import { useId } from 'preact/hooks';
import { STATUS_HINTS, STATUS_LABELS } from '../state/labels.ts';

export interface StatusControlProps {
  status: ResponderStatus;
  onChange(status: ResponderStatus): void;
  disabled?: boolean;
}

const CHOICES = ResponderStatusSchema.options;

/** Away, Local or Cooperative, as a segmented radio group named "Status". */
export function StatusControl({ status, onChange, disabled }: StatusControlProps) {
  const name = useId();
  return (
    <div class="segmented status-control" role="radiogroup" aria-label="Status">
      {CHOICES.map((choice) => (
        <label key={choice} class={`segment segment-${choice}`} title={STATUS_HINTS[choice]}>
          <input
            type="radio"
            name={name}
            value={choice}
            checked={status === choice}
            disabled={disabled}
            onChange={() => onChange(choice)}
          />
          <span>{STATUS_LABELS[choice]}</span>
        </label>
      ))}
    </div>
  );
}
