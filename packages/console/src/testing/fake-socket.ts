import type { ResponderClientFrameInput, ResponderServerFrame } from '@refdesk/protocol/responder';
import type { ResponderSocket, SocketState } from '../api/responder-socket.ts';

/** A responder socket the test drives: it records what the desk sends and delivers frames. */
export interface FakeResponderSocket {
  sent: ResponderClientFrameInput[];
  /** Whether send() succeeds, as an open, welcomed socket would. */
  open: boolean;
  connect(handlers: {
    onFrame(frame: ResponderServerFrame): void;
    onState(state: SocketState): void;
  }): ResponderSocket;
  deliver(frame: ResponderServerFrame): void;
  setState(state: SocketState): void;
}

export function createFakeResponderSocket(): FakeResponderSocket {
  let handlers: Parameters<FakeResponderSocket['connect']>[0] | undefined;
  const fake: FakeResponderSocket = {
    sent: [],
    open: true,
    connect(next) {
      handlers = next;
      return {
        start: () => undefined,
        stop: () => undefined,
        send(frame) {
          if (!fake.open) return false;
          fake.sent.push(frame);
          return true;
        },
      };
    },
    deliver: (frame) => handlers?.onFrame(frame),
    setState: (state) => handlers?.onState(state),
  };
  return fake;
}
