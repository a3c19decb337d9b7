import { describe, expect, it } from 'vitest';
import { groupCommit } from '@/lib/group-commit';

/** A write that records each batch it got and finishes only when the test lets it. */
function recordingWrite(fail: (item: string) => boolean = () => false) {
  const batches: string[][] = [];
  const pending: (() => void)[] = [];
  const write = (items: string[]) =>
    new Promise<string[]>((resolve, reject) => {
      batches.push(items);
      pending.push(() => (items.some(fail) ? reject(new Error('bad item')) : resolve(items.map((item) => `${item} stored`))));
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
    const store = groupCommit(write);
    const first = store('a');
    expect(batches).toEqual([['a']]);
    const rest = [store('b'), store('c'), store('d')];
    await finishAll();
    expect(await Promise.all([first, ...rest])).toEqual(['a stored', 'b stored', 'c stored', 'd stored']);
    expect(batches).toEqual([['a'], ['b', 'c', 'd']]);
  });

  it('never puts two items with the same key in one write, so a repeat comes after the first', async () => {
    const { write, batches, finishAll } = recordingWrite();
    const store = groupCommit(write, { keyOf: (item) => item.slice(0, 1) });
    const all = [store('x'), store('a1'), store('b1'), store('a2'), store('c1')];
    await finishAll();
    await Promise.all(all);
    expect(batches).toEqual([['x'], ['a1', 'b1', 'c1'], ['a2']]);
  });

  it('keeps a write within its largest batch', async () => {
    const { write, batches, finishAll } = recordingWrite();
    const store = groupCommit(write, { maxBatch: 2 });
    const all = ['a', 'b', 'c', 'd', 'e'].map(store);
    await finishAll();
    await Promise.all(all);
    expect(batches).toEqual([['a'], ['b', 'c'], ['d', 'e']]);
  });

  it('when a write fails, writes its items one by one: only the bad one fails', async () => {
    const { write, batches, finishAll } = recordingWrite((item) => item === 'bad');
    const store = groupCommit(write);
    const first = store('a');
    const rest = [store('b'), store('bad'), store('c')].map((result) => result.catch((error: Error) => error.message));
    await finishAll();
    expect(await Promise.all([first, ...rest])).toEqual(['a stored', 'b stored', 'bad item', 'c stored']);
    expect(batches).toEqual([['a'], ['b', 'bad', 'c'], ['b'], ['bad'], ['c']]);
  });
});
