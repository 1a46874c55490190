import type { MissedShift, Person, ResponderId, ShiftKind } from '@refdesk/protocol/responder';
import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '../state/loadable.ts';
import { useConsole } from './console-context.ts';
import { parseMinute, WEEKDAYS } from './schedule-format.ts';

export interface ShiftFormProps {
  /** Missed shifts: one still owed by the chosen librarian can be made up by this booking. */
  missed: MissedShift[];
  onBooked(): Promise<void>;
}

/** Book a shift for a librarian of my library (an admin) or of any library (a coordinator). */
export function ShiftForm({ missed, onBooked }: ShiftFormProps) {
  const { api, notices } = useConsole();
  const [people, setPeople] = useState<Person[]>([]);
  const [responderId, setResponderId] = useState('');
  const [kind, setKind] = useState<ShiftKind>('weekly');
  const [day, setDay] = useState(1);
  const [date, setDate] = useState('');
  const [start, setStart] = useState('09:00');
  const [end, setEnd] = useState('12:00');
  const [makeUpFor, setMakeUpFor] = useState('');
  const [error, setError] = useState<string | null>(null);
  const owed = missed.filter((m) => m.responderId === responderId && m.madeUpBy === null);
  useEffect(() => {
    void api.people().then(
      (list) => {
        const active = list.people.filter((person) => !person.disabled);
        setPeople(active);
        setResponderId((current) => current || (active[0]?.id ?? ''));
      },
      (failure) => setError(errorMessage(failure)),
    );
  }, [api]);

  const submit = async (event: Event) => {
    event.preventDefault();
    const startMinute = parseMinute(start);
    const endMinute = parseMinute(end);
    if (startMinute === undefined || endMinute === undefined) {
      return setError('Give the start and end as HH:MM.');
    }
    setError(null);
    try {
      const shift = await api.bookShift({
        responderId: responderId as ResponderId,
        kind,
        ...(kind === 'weekly' ? { day } : { date }),
        startMinute,
        // An end at or before the start is the next day's (a shift across midnight).
        endMinute: endMinute <= startMinute ? endMinute + 24 * 60 : endMinute,
        ...(makeUpFor && owed.some((m) => m.id === makeUpFor) ? { makeUpFor } : {}),
      });
      setMakeUpFor('');
      notices.push(`Shift booked for ${shift.responderName}.`);
      await onBooked();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  return (
    <form class="panel stack" onSubmit={submit} aria-labelledby="book-shift-heading">
      <h2 id="book-shift-heading" class="panel-title">
        Book a shift
      </h2>
      {error && (
        <p class="banner banner-error" role="alert">
          {error}
        </p>
      )}
      <div class="field">
        <label for="shift-person">Librarian</label>
        <select
          id="shift-person"
          value={responderId}
          onChange={(event) => setResponderId(event.currentTarget.value)}
        >
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.displayName} ({person.library.name})
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="shift-kind">Repeats</label>
        <select
          id="shift-kind"
          value={kind}
          onChange={(event) => setKind(event.currentTarget.value as ShiftKind)}
        >
          <option value="weekly">Every week</option>
          <option value="once">Once</option>
        </select>
      </div>
      {kind === 'weekly' ? (
        <div class="field">
          <label for="shift-day">Day</label>
          <select
            id="shift-day"
            value={String(day)}
            onChange={(event) => setDay(Number(event.currentTarget.value))}
          >
            {WEEKDAYS.map((name, index) => (
              <option key={name} value={String(index)}>
                {name}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <div class="field">
          <label for="shift-date">Date</label>
          <input
            id="shift-date"
            type="date"
            required
            value={date}
            onInput={(event) => setDate(event.currentTarget.value)}
          />
        </div>
      )}
      <div class="field">
        <label for="shift-start">Starts (library time)</label>
        <input
          id="shift-start"
          type="time"
          step={1800}
          required
          value={start}
          onInput={(event) => setStart(event.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="shift-end">Ends</label>
        <input
          id="shift-end"
          type="time"
          step={1800}
          required
          value={end}
          onInput={(event) => setEnd(event.currentTarget.value)}
        />
      </div>
      {owed.length > 0 && (
        <div class="field">
          <label for="shift-make-up">Make-up for</label>
          <select
            id="shift-make-up"
            value={makeUpFor}
            onChange={(event) => setMakeUpFor(event.currentTarget.value)}
          >
            <option value="">Not a make-up</option>
            {owed.map((m) => (
              <option key={m.id} value={m.id}>
                Missed {new Date(m.startsAt).toLocaleString()}
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="submit" class="btn btn-primary">
        Book shift
      </button>
    </form>
  );
}
