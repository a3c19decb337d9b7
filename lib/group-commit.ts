// Group commit: writes asked for while one is in flight wait and then go together, in one statement and one commit.
// A lone write goes at once (no timer, so no added latency); under load, rows share statements and the database
// does a fraction of the work per row.

export type GroupCommitOptions<Item> = {
  /** Items with the same key never share a write, so a repeat sees the first as already done. */
  keyOf?: (item: Item) => string;
  maxBatch?: number;
};

/**
 * Returns a function that writes one item and resolves with its own result once the write that carried it has
 * returned. `write` gets the items of one batch and returns one result per item, in order. When a batch fails, its
 * items are written one by one, so one bad item cannot fail the others.
 */
export function groupCommit<Item, Result>(
  write: (items: Item[]) => Promise<Result[]>,
  { keyOf, maxBatch = 100 }: GroupCommitOptions<Item> = {},
): (item: Item) => Promise<Result> {
  type Waiting = { item: Item; resolve: (result: Result) => void; reject: (error: unknown) => void };
  let queue: Waiting[] = [];
  let writing = false;

  function nextBatch(): Waiting[] {
    const batch: Waiting[] = [];
    const keys = new Set<string>();
    const rest: Waiting[] = [];
    for (const waiting of queue) {
      const key = keyOf?.(waiting.item);
      if (batch.length >= maxBatch || (key !== undefined && keys.has(key))) {
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
      if (results.length !== batch.length) throw new Error(`group commit: ${results.length} results for ${batch.length} items`);
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error);
      for (const waiting of batch) await writeBatch([waiting]);
      return;
    }
    batch.forEach((waiting, i) => waiting.resolve(results[i]));
  }

  async function drain(): Promise<void> {
    writing = true;
    try {
      while (queue.length) await writeBatch(nextBatch());
    } finally {
      writing = false;
    }
  }

  return (item) =>
    new Promise<Result>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (!writing) void drain();
    });
}
