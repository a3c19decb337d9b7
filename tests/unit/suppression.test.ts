import { describe, expect, it } from 'vitest';
import { seededRandom, type Random } from '@/lib/demo/generate-answers';
import { suppressSmallGroups, type SiblingTable } from '@/lib/suppression';
import { recoverByDifferencing } from '../support/differencing-attack';

/** Publishes what the suppression lets through: the value, or null for a hidden cell. */
function publish(cells: Map<string, number>, tables: SiblingTable[], minGroupSize: number) {
  const hidden = suppressSmallGroups(cells, tables, minGroupSize);
  return new Map([...cells].map(([key, n]) => [key, hidden.has(key) ? null : n] as const));
}

/**
 * A random round shaped like ours: a region total split by kind, each kind by organisation (a hierarchy), and two
 * more independent breakdowns of the same total (like language and channel), all with small and large groups.
 */
function randomRound(random: Random) {
  const cells = new Map<string, number>();
  const tables: SiblingTable[] = [];
  const size = () => (random() < 0.35 ? Math.floor(random() * 6) : Math.floor(random() * 60));
  const kinds = 1 + Math.floor(random() * 4);
  let total = 0;
  const kindKeys: string[] = [];
  for (let k = 0; k < kinds; k++) {
    const organisations = 1 + Math.floor(random() * 6);
    const orgKeys: string[] = [];
    let kindTotal = 0;
    for (let o = 0; o < organisations; o++) {
      const n = size();
      cells.set(`org:${k}.${o}`, n);
      orgKeys.push(`org:${k}.${o}`);
      kindTotal += n;
    }
    cells.set(`kind:${k}`, kindTotal);
    kindKeys.push(`kind:${k}`);
    tables.push({ total: `kind:${k}`, parts: orgKeys });
    total += kindTotal;
  }
  cells.set('total', total);
  tables.push({ total: 'total', parts: kindKeys });
  for (const dimension of ['language', 'channel']) {
    const groups = 1 + Math.floor(random() * 5);
    const keys: string[] = [];
    let left = total;
    for (let g = 0; g < groups; g++) {
      const n = g === groups - 1 ? left : Math.min(left, size());
      left -= n;
      cells.set(`${dimension}:${g}`, n);
      keys.push(`${dimension}:${g}`);
    }
    tables.push({ total: 'total', parts: keys });
  }
  return { cells, tables };
}

describe('suppressing small groups', () => {
  it('hides a group below the minimum and leaves the others alone when two are small', () => {
    const cells = new Map([
      ['total', 30],
      ['a', 2],
      ['b', 3],
      ['c', 25],
    ]);
    const published = publish(cells, [{ total: 'total', parts: ['a', 'b', 'c'] }], 5);
    expect(Object.fromEntries(published)).toEqual({ total: 30, a: null, b: null, c: 25 });
  });

  it('a lone small group takes the next-smallest sibling with it, so total − visible parts reveals nothing', () => {
    const cells = new Map([
      ['total', 60],
      ['a', 2],
      ['b', 8],
      ['c', 50],
    ]);
    const published = publish(cells, [{ total: 'total', parts: ['a', 'b', 'c'] }], 5);
    expect(Object.fromEntries(published)).toEqual({ total: 60, a: null, b: null, c: 50 });
  });

  it('a total hidden by another table takes its smallest part with it, since the parts would add up to it', () => {
    // The kind B is small, so A is hidden beside it in the region's table; A's organisations add up to A.
    const cells = new Map([
      ['total', 44],
      ['A', 40],
      ['B', 4],
      ['A1', 30],
      ['A2', 10],
    ]);
    const tables = [
      { total: 'total', parts: ['A', 'B'] },
      { total: 'A', parts: ['A1', 'A2'] },
    ];
    expect(Object.fromEntries(publish(cells, tables, 5))).toEqual({ total: 44, A: null, B: null, A1: 30, A2: null });
  });

  it('a kind hidden one level up also hides a sibling organisation below it', () => {
    // kinds: A (2 orgs) and B; B is small, so A is hidden beside it; A's organisations would give A away.
    const cells = new Map([
      ['total', 40],
      ['A', 36],
      ['B', 4],
      ['A1', 20],
      ['A2', 16],
      ['B1', 4],
    ]);
    const tables = [
      { total: 'total', parts: ['A', 'B'] },
      { total: 'A', parts: ['A1', 'A2'] },
      { total: 'B', parts: ['B1'] },
    ];
    const published = publish(cells, tables, 5);
    expect(published.get('A')).toBeNull();
    expect([published.get('A1'), published.get('A2')].filter((value) => value === null).length).toBeGreaterThanOrEqual(
      1,
    );
    expect(recoverByDifferencing(published, tables).size).toBe(0);
  });

  it('never shows 0: an empty group is hidden like any small one', () => {
    const cells = new Map([
      ['total', 20],
      ['a', 0],
      ['b', 10],
      ['c', 10],
    ]);
    expect(publish(cells, [{ total: 'total', parts: ['a', 'b', 'c'] }], 5).get('a')).toBeNull();
  });

  describe('over 500 random rounds and minimum group sizes 3–10', () => {
    const rounds = Array.from({ length: 500 }, (_, index) => {
      const random = seededRandom(1000 + index);
      return { index, minGroupSize: 3 + Math.floor(random() * 8), ...randomRound(random) };
    });

    it('every figure over fewer respondents than the minimum is hidden, and every shown figure is true', () => {
      for (const { cells, tables, minGroupSize } of rounds) {
        const published = publish(cells, tables, minGroupSize);
        for (const [key, n] of cells) {
          if (n < minGroupSize) expect(published.get(key)).toBeNull();
          else expect([null, n]).toContain(published.get(key));
        }
      }
    });

    it('no table of siblings has exactly one hidden figure', () => {
      for (const { cells, tables, minGroupSize } of rounds) {
        const published = publish(cells, tables, minGroupSize);
        for (const table of tables) {
          const hiddenCount = [table.total, ...table.parts].filter((key) => published.get(key) === null).length;
          expect(hiddenCount).not.toBe(1);
        }
      }
    });

    it('differencing attack: subtracting published figures recovers no hidden one', () => {
      let hiddenFigures = 0;
      for (const { cells, tables, minGroupSize } of rounds) {
        const published = publish(cells, tables, minGroupSize);
        hiddenFigures += [...published.values()].filter((value) => value === null).length;
        expect(recoverByDifferencing(published, tables)).toEqual(new Map());
      }
      expect(hiddenFigures).toBeGreaterThan(500); // the attack had plenty to try
    });

    it('without complementary suppression the same attack does recover figures (the attack test can fail)', () => {
      let recovered = 0;
      for (const { cells, tables, minGroupSize } of rounds) {
        const primaryOnly = new Map([...cells].map(([key, n]) => [key, n < minGroupSize ? null : n] as const));
        for (const [key, value] of recoverByDifferencing(primaryOnly, tables)) {
          expect(value).toBe(cells.get(key));
          recovered++;
        }
      }
      expect(recovered).toBeGreaterThan(0);
    });
  });
});
