// The bench's load process: drives one target over 127.0.0.1 as its parent (run.ts) directs,
// pausing at checkpoints so the parent can read the server's memory and CPU.
import { type IdleResult, runIdleScenario } from './idle-scenario.ts';
import type { LoadTarget } from './load-target.ts';
import { createOursTarget } from './ours-target.ts';
import { createRawTarget } from './raw-target.ts';
import { runScenario, type ScenarioPlan, type ScenarioResult } from './scenario.ts';

export type LoadRequest =
  | { type: 'run'; target: 'ours' | 'raw'; url: string; plan: ScenarioPlan; idle: number }
  | { type: 'continue' };
export type LoadReply =
  | { type: 'checkpoint'; name: string; gc: boolean }
  | { type: 'progress'; text: string }
  | { type: 'result'; full?: ScenarioResult; idle?: IdleResult }
  | { type: 'failed'; error: string };

const send = (reply: LoadReply) => process.send?.(reply);
let resume: (() => void) | undefined;
const control = {
  checkpoint(name: string, gc: boolean) {
    return new Promise<void>((resolve) => {
      resume = resolve;
      send({ type: 'checkpoint', name, gc });
    });
  },
  progress: (text: string) => send({ type: 'progress', text }),
};

async function run(request: Extract<LoadRequest, { type: 'run' }>): Promise<void> {
  const { plan } = request;
  const target: LoadTarget =
    request.target === 'ours'
      ? createOursTarget(request.url, plan.responders)
      : createRawTarget(request.url, plan.responders);
  if (request.idle > 0) {
    send({ type: 'result', idle: await runIdleScenario(target, request.idle, control) });
  } else {
    send({ type: 'result', full: await runScenario(target, plan, control) });
  }
}

process.on('message', (request: LoadRequest) => {
  if (request.type === 'continue') {
    const next = resume;
    resume = undefined;
    next?.();
    return;
  }
  run(request).catch((error: unknown) => {
    send({
      type: 'failed',
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  });
});
process.on('disconnect', () => process.exit(0));
