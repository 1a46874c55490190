import type { Transcript } from '@refdesk/protocol/responder';
import { useState } from 'preact/hooks';
import { lineFromMessage } from '../state/chat-lines.ts';
import { type Loadable, load } from '../state/loadable.ts';
import { useConsole } from './console-context.ts';
import { MessageList } from './message-list.tsx';

/** A past chat's transcript, fetched when asked for. */
export function TranscriptView({ chatId }: { chatId: string }) {
  const { api } = useConsole();
  const [transcript, setTranscript] = useState<Loadable<Transcript> | null>(null);
  if (transcript === null) {
    return (
      <div>
        <button
          type="button"
          class="btn btn-small"
          onClick={async () => {
            setTranscript({ state: 'loading' });
            setTranscript(await load(() => api.transcript(chatId)));
          }}
        >
          Show the chat transcript
        </button>
      </div>
    );
  }
  if (transcript.state === 'loading') return <p class="muted small">Loading the transcript…</p>;
  if (transcript.state === 'error') return <p class="form-error">{transcript.message}</p>;
  return (
    <section class="transcript" aria-labelledby="transcript-heading">
      <h3 id="transcript-heading">Chat transcript</h3>
      <MessageList lines={transcript.value.messages.map(lineFromMessage)} label="Chat transcript" />
    </section>
  );
}
