import type { Transcript } from '@refdesk/protocol/responder';
import { useEffect, useState } from 'preact/hooks';
import { lineFromMessage } from '../state/chat-lines.ts';
import { type Loadable, load, loading } from '../state/loadable.ts';
import { useConsole } from './console-context.ts';
import { MessageList } from './message-list.tsx';

/** A stored chat's whole transcript (internal notes included), loaded at once. */
export function TranscriptMessages({ chatId }: { chatId: string }) {
  const { api } = useConsole();
  const [transcript, setTranscript] = useState<Loadable<Transcript>>(loading);
  useEffect(() => {
    void load(() => api.transcript(chatId)).then(setTranscript);
  }, [api, chatId]);
  if (transcript.state === 'loading') return <p class="muted small">Loading the transcript…</p>;
  if (transcript.state === 'error') return <p class="form-error">{transcript.message}</p>;
  return (
    <section class="panel" aria-labelledby="transcript-heading">
      <h2 id="transcript-heading" class="panel-title">
        Transcript
      </h2>
      <MessageList lines={transcript.value.messages.map(lineFromMessage)} label="Chat transcript" />
    </section>
  );
}
