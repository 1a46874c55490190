import { describe, expect, it } from 'vitest';
import { createOutputGate } from './output-gate.ts';

/** A sync the test completes by hand, in any order. */
function manualSyncs() {
  const pending: (() => void)[] = [];
  return {
    sync: () => new Promise<void>((resolve) => pending.push(resolve)),
    started: () => pending.length,
    finish: (index: number) => pending[index]?.(),
  };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('createOutputGate', () => {
  it('holds output until the sync that started after it completes', async () => {
    const syncs = manualSyncs();
    const gate = createOutputGate(syncs.sync);
    const sent: string[] = [];
    gate.hold(() => sent.push('ack'));
    await turn();
    expect({ started: syncs.started(), sent }).toEqual({ started: 1, sent: [] });
    syncs.finish(0);
    await turn();
    expect(sent).toEqual(['ack']);
  });

  it('covers everything held in one turn with one sync', async () => {
    const syncs = manualSyncs();
    const gate = createOutputGate(syncs.sync);
    for (let n = 0; n < 50; n++) gate.hold(() => undefined);
    await turn();
    expect(syncs.started()).toBe(1);
  });

  it('keeps the order of output across syncs that finish out of order', async () => {
    const syncs = manualSyncs();
    const gate = createOutputGate(syncs.sync);
    const sent: string[] = [];
    gate.hold(() => sent.push('first'));
    await turn();
    gate.hold(() => sent.push('second'));
    await turn();
    gate.hold(() => sent.push('third'));
    await turn();
    syncs.finish(2);
    await turn();
    expect(sent).toEqual(['first', 'second', 'third']);
  });

  it('releases the earlier batches when a later sync, which covers them, completes first', async () => {
    const syncs = manualSyncs();
    const gate = createOutputGate(syncs.sync);
    const sent: string[] = [];
    gate.hold(() => sent.push('first'));
    await turn();
    gate.hold(() => sent.push('second'));
    await turn();
    gate.hold(() => sent.push('third'));
    await turn();
    syncs.finish(1);
    await turn();
    expect(sent).toEqual(['first', 'second']);
    syncs.finish(0);
    syncs.finish(2);
    await turn();
    expect(sent).toEqual(['first', 'second', 'third']);
  });

  it('resolves settled() once what came before it is out', async () => {
    const gate = createOutputGate(() => Promise.resolve());
    const sent: string[] = [];
    gate.hold(() => sent.push('frame'));
    await gate.settled();
    expect(sent).toEqual(['frame']);
  });
});
