import { Batcher } from './batcher.js';

/** A run function that records its batches and finishes each one only when told to. */
function gatedRun() {
  const batches: number[][] = [];
  const finishers: (() => void)[] = [];
  let running = 0;
  let mostRunning = 0;
  const run = async (keys: number[]): Promise<(Error | undefined)[]> => {
    batches.push(keys);
    running += 1;
    mostRunning = Math.max(mostRunning, running);
    await new Promise<void>((resolve) => finishers.push(resolve));
    running -= 1;
    return keys.map((key) => (key < 0 ? new Error(`key ${key} failed`) : undefined));
  };
  const finishAll = async (): Promise<void> => {
    while (finishers.length) finishers.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 5));
  };
  return { run, batches, finishAll, mostRunning: () => mostRunning };
}

const settle = (ms = 15) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Batcher', () => {
  it('gathers keys submitted together into one batch', async () => {
    const gated = gatedRun();
    const batcher = new Batcher(gated.run, { maxSize: 10, maxInFlight: 2, gatherMs: 5 });
    const done = [1, 2, 3].map((key) => batcher.submit(key));
    await settle();
    expect(gated.batches).toEqual([[1, 2, 3]]);
    await gated.finishAll();
    await expect(Promise.all(done)).resolves.toEqual([undefined, undefined, undefined]);
  });

  it('never takes more than maxSize keys, nor runs more than maxInFlight batches at once', async () => {
    const gated = gatedRun();
    const batcher = new Batcher(gated.run, { maxSize: 3, maxInFlight: 2, gatherMs: 5 });
    const done = Array.from({ length: 8 }, (_, key) => batcher.submit(key));
    await settle();
    // 8 keys, batches of 3, two at a time: [0,1,2] and [3,4,5] run; [6,7] waits for a slot.
    expect(gated.batches).toEqual([
      [0, 1, 2],
      [3, 4, 5],
    ]);
    await gated.finishAll();
    await settle();
    expect(gated.batches[2]).toEqual([6, 7]);
    await gated.finishAll();
    await Promise.all(done);
    expect(gated.mostRunning()).toBe(2);
  });

  it('lets keys pile up while the slots are busy, so that batches grow under load', async () => {
    const gated = gatedRun();
    const batcher = new Batcher(gated.run, { maxSize: 100, maxInFlight: 1, gatherMs: 5 });
    const first = batcher.submit(0);
    await settle();
    const later = Array.from({ length: 50 }, (_, key) => batcher.submit(key + 1));
    await settle();
    expect(gated.batches).toHaveLength(1);
    await gated.finishAll();
    await settle();
    expect(gated.batches[1]).toHaveLength(50);
    await gated.finishAll();
    await Promise.all([first, ...later]);
  });

  it('fails only the keys the run function reports, and every key when it throws', async () => {
    const gated = gatedRun();
    const batcher = new Batcher(gated.run, { maxSize: 10, maxInFlight: 1, gatherMs: 1 });
    const results = [1, -2, 3].map((key) =>
      batcher.submit(key).then(
        () => 'done',
        (error: Error) => error.message,
      ),
    );
    await settle();
    await gated.finishAll();
    expect(await Promise.all(results)).toEqual(['done', 'key -2 failed', 'done']);

    const throwing = new Batcher<number>(
      async () => {
        throw new Error('database gone');
      },
      { maxSize: 10, maxInFlight: 1, gatherMs: 1 },
    );
    const failures = [1, 2].map((key) => throwing.submit(key).catch((error: Error) => error.message));
    expect(await Promise.all(failures)).toEqual(['database gone', 'database gone']);
  });
});
