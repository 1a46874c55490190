import { effect, type ReadonlySignal, type Signal, signal } from '@preact/signals';

export interface OfferAlerts {
  /** Whether a chime plays for new offers; remembered in localStorage. */
  sound: Signal<boolean>;
  /** A new offer arrived. */
  chime(): void;
  dispose(): void;
}

const SOUND_KEY = 'refdesk.console.sound';

/**
 * The page title shows how many patrons wait (`(2) Refdesk`), so a librarian working in another
 * tab sees them, and an optional chime plays when a new offer arrives.
 *
 * @example
 * const alerts = createOfferAlerts({ waiting: computed(() => desk.data.value.offers.length) });
 * desk.onOfferArrived = () => alerts.chime();
 */
export function createOfferAlerts(options: {
  waiting: ReadonlySignal<number>;
  doc?: Document;
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
}): OfferAlerts {
  const doc = options.doc ?? document;
  const storage = options.storage ?? safeStorage();
  const sound = signal(storage?.getItem(SOUND_KEY) !== 'off');
  const baseTitle = 'Refdesk';
  const stopTitle = effect(() => {
    const count = options.waiting.value;
    doc.title = count > 0 ? `(${count}) ${baseTitle}` : baseTitle;
  });
  const stopSave = effect(() => storage?.setItem(SOUND_KEY, sound.value ? 'on' : 'off'));
  let audio: AudioContext | undefined;
  return {
    sound,
    chime() {
      if (!sound.value || typeof AudioContext === 'undefined') return;
      try {
        audio ??= new AudioContext();
        playChime(audio);
      } catch {
        // No audio device, or the browser refused: the title badge still tells.
      }
    },
    dispose() {
      stopTitle();
      stopSave();
      doc.title = baseTitle;
      void audio?.close();
    },
  };
}

/** Two soft notes, a fifth apart: noticeable, not alarming. */
function playChime(audio: AudioContext): void {
  const start = audio.currentTime;
  [660, 990].forEach((frequency, index) => {
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.type = 'sine';
    tone.frequency.value = frequency;
    const at = start + index * 0.18;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.12, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.5);
    tone.connect(gain).connect(audio.destination);
    tone.start(at);
    tone.stop(at + 0.55);
  });
}

function safeStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
