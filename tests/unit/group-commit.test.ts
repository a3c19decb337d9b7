import { describe, expect, it } from 'vitest';
import { groupCommit } from '@/lib/group-commit';

/** A write that records each batch it got and finishes only when the test lets it. */
function recordingWrite(fail: (item: string) => boolean = () => false) {
  const batches: string[][] = [];
  const pending: (() => void)[] = [];
  const write = (items: string[]) =>
    new Promise<string[]>((resolve, reject) => {
      batches.push(items);
      pending.push(() =>
        items.some(fail) ? reject(new Error('bad item')) : resolve(items.map((item) => `${item} stored`)),
      );
    });
  const finishAll = async () => {
    while (pending.length) {
      pending.shift()!();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  };
  return { write, batches, finishAll };
}

describe('group commit', () => {
  it('writes a lone item at once, and items that arrive during that write together in the next', async () => {
    const { write, batches, finishAll } = recordingWrite();
    const store = groupCommit(write, { maxInFlight: 1 });
    const first = store('a');
    expect(batches).toEqual([['a']]);
    const rest = [store('b'), store('c'), store('d')];
    await finishAll();
    expect(await Promise.all([first, ...rest])).toEqual(['a stored', 'b stored', 'c stored', 'd stored']);
    expect(batches).toEqual([['a'], ['b', 'c', 'd']]);
  });

  it('never puts two items with the same key in one write, so a repeat comes after the first', async () => {
    const { write, batches, finishAll } = recordingWrite();
    const store = groupCommit(write, { keyOf: (item) => item.slice(0, 1), maxInFlight: 1 });
    const all = [store('x'), store('a1'), store('b1'), store('a2'), store('c1')];
    await finishAll();
    await Promise.all(all);
    expect(batches).toEqual([['x'], ['a1', 'b1', 'c1'], ['a2']]);
  });

  it('keeps a write within its largest batch', async () => {
    const { write, batches, finishAll } = recordingWrite();
    const store = groupCommit(write, { maxBatch: 2, maxInFlight: 1 });
    const all = ['a', 'b', 'c', 'd', 'e'].map(store);
    await finishAll();
    await Promise.all(all);
    expect(batches).toEqual([['a'], ['b', 'c'], ['d', 'e']]);
  });

  it('when a write fails, writes its items one by one: only the bad one fails', async () => {
    const { write, batches, finishAll } = recordingWrite((item) => item === 'bad');
    const store = groupCommit(write, { maxInFlight: 1 });
    const first = store('a');
    const rest = [store('b'), store('bad'), store('c')].map((result) => result.catch((error: Error) => error.message));
    await finishAll();
    expect(await Promise.all([first, ...rest])).toEqual(['a stored', 'b stored', 'bad item', 'c stored']);
    expect(batches).toEqual([['a'], ['b', 'bad', 'c'], ['b'], ['bad'], ['c']]);
  });

  it('keeps at most maxInFlight batches in flight; what arrives meanwhile waits and goes together', async () => {
    const { write, batches, finishAll } = recordingWrite();
    const store = groupCommit(write, { maxInFlight: 2 });
    const all = ['a', 'b', 'c', 'd', 'e'].map(store);
    expect(batches).toEqual([['a'], ['b']]);
    await finishAll();
    expect(await Promise.all(all)).toEqual(['a stored', 'b stored', 'c stored', 'd stored', 'e stored']);
    expect(batches).toEqual([['a'], ['b'], ['c', 'd', 'e']]);
  });

  it('never writes a repeat while its first is in flight, even with room for another batch', async () => {
    const { write, batches, finishAll } = recordingWrite();
    const store = groupCommit(write, { keyOf: (item) => item.slice(0, 1), maxInFlight: 4 });
    const all = [store('a1'), store('a2'), store('b1')];
    expect(batches).toEqual([['a1'], ['b1']]);
    await finishAll();
    await Promise.all(all);
    expect(batches).toEqual([['a1'], ['b1'], ['a2']]);
  });

  it('says when everything asked for has been written (for a clean shutdown)', async () => {
    const { write, finishAll } = recordingWrite();
    const store = groupCommit(write, { maxInFlight: 2 });
    const written: string[] = [];
    for (const item of ['a', 'b', 'c']) void store(item).then((result) => written.push(result));
    let drained = false;
    const waiting = store.drained().then(() => (drained = true));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(drained).toBe(false);
    await finishAll();
    await waiting;
    expect(written.sort()).toEqual(['a stored', 'b stored', 'c stored']);
    await store.drained(); // nothing in flight: at once
  });
});
