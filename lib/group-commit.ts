// Group commit: writes asked for while others are in flight wait and then go together, in one statement and one
// commit. A lone write goes at once (no timer, so no added latency); under load, rows share statements and the
// database does a fraction of the work per row. A few batches may be in flight at once, so that the app is not idle
// while one commit waits on the disk, and never more, so that a burst cannot take every database connection.

export type GroupCommitOptions<Item> = {
  /** Items with the same key never share a write, nor are written at the same time: a repeat sees the first as done. */
  keyOf?: (item: Item) => string;
  maxBatch?: number;
  /** Batches written at the same time, at most. */
  maxInFlight?: number;
};

export type GroupCommit<Item, Result> = ((item: Item) => Promise<Result>) & {
  /** Resolves once every item asked for so far has been written (or has failed): for a clean shutdown. */
  drained: () => Promise<void>;
};

// Every queue of this process, so that a shutdown can wait for all of them (lib/shutdown.ts).
const queues = new Set<{ drained: () => Promise<void> }>();

/** Resolves once every queue of this process has written what it was asked to. */
export async function drainGroupCommits(): Promise<void> {
  await Promise.all([...queues].map((queue) => queue.drained()));
}

/**
 * Returns a function that writes one item and resolves with its own result once the write that carried it has
 * returned. `write` gets the items of one batch and returns one result per item, in order. When a batch fails, its
 * items are written one by one, so one bad item cannot fail the others.
 */
export function groupCommit<Item, Result>(
  write: (items: Item[]) => Promise<Result[]>,
  { keyOf, maxBatch = 100, maxInFlight = 4 }: GroupCommitOptions<Item> = {},
): GroupCommit<Item, Result> {
  type Waiting = { item: Item; resolve: (result: Result) => void; reject: (error: unknown) => void };
  let queue: Waiting[] = [];
  let inFlight = 0;
  const keysInFlight = new Set<string>();
  let idle: (() => void)[] = [];

  function nextBatch(): Waiting[] {
    const batch: Waiting[] = [];
    const keys = new Set<string>();
    const rest: Waiting[] = [];
    for (const waiting of queue) {
      const key = keyOf?.(waiting.item);
      if (batch.length >= maxBatch || (key !== undefined && (keys.has(key) || keysInFlight.has(key)))) {
        rest.push(waiting);
        continue;
      }
      if (key !== undefined) keys.add(key);
      batch.push(waiting);
    }
    queue = rest;
    return batch;
  }

  async function writeBatch(batch: Waiting[]): Promise<void> {
    let results: Result[];
    try {
      results = await write(batch.map((waiting) => waiting.item));
      if (results.length !== batch.length)
        throw new Error(`group commit: ${results.length} results for ${batch.length} items`);
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error);
      for (const waiting of batch) await writeBatch([waiting]);
      return;
    }
    batch.forEach((waiting, i) => waiting.resolve(results[i]));
  }

  function startBatches(): void {
    while (inFlight < maxInFlight && queue.length) {
      const batch = nextBatch();
      if (!batch.length) break; // everything waiting repeats a key in flight
      const keys = keyOf ? batch.map((waiting) => keyOf(waiting.item)) : [];
      inFlight++;
      for (const key of keys) keysInFlight.add(key);
      void writeBatch(batch).finally(() => {
        inFlight--;
        for (const key of keys) keysInFlight.delete(key);
        startBatches();
        if (inFlight === 0 && !queue.length) {
          for (const resolve of idle) resolve();
          idle = [];
        }
      });
    }
  }

  const store = (item: Item) =>
    new Promise<Result>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      startBatches();
    });
  const drained = () =>
    inFlight === 0 && !queue.length ? Promise.resolve() : new Promise<void>((resolve) => idle.push(resolve));
  const commit = Object.assign(store, { drained });
  queues.add(commit);
  return commit;
}
