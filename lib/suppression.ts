// Privacy rule 3: a figure over fewer respondents than the round's minimum group size is never shown, and neither
// is any figure that would let a hidden one be worked out by subtraction from a total or its siblings.
// Every dashboard, report and export figure goes through `suppressSmallGroups`.
// It sits below lib/analytics and lib/rounds, which both publish counts, so neither folder imports the other.

/** The count when it may be shown, otherwise null ("too few answers to show", never 0). For a lone total. */
export function reportableCount(count: number, minGroupSize: number): number | null {
  return count >= minGroupSize ? count : null;
}

/**
 * Figures that add up: `total` is the sum of `parts` (e.g. the region = its organisation kinds; a kind = its
 * organisations; all respondents = each language). Keys name cells in the map given to `suppressSmallGroups`.
 */
export type SiblingTable = { total: string; parts: readonly string[] };

/**
 * Which cells to hide. `cells` maps each figure to the number of respondents it is computed over.
 *
 * Primary: every cell over fewer than `minGroupSize` respondents. Complementary: a table with exactly one hidden
 * member gives it away (total − visible parts), so the smallest visible part is hidden too, or the total when no
 * part is left. Hiding one cell can expose another table that shares it, so this repeats until nothing changes;
 * then every table has no hidden member or at least two, and no single subtraction recovers a hidden figure.
 */
export function suppressSmallGroups(
  cells: ReadonlyMap<string, number>,
  tables: readonly SiblingTable[],
  minGroupSize: number,
): Set<string> {
  const hidden = new Set<string>();
  for (const [key, n] of cells) if (n < minGroupSize) hidden.add(key);
  const sizeOf = (key: string) => {
    const n = cells.get(key);
    if (n === undefined) throw new Error(`suppression table names an unknown cell: ${key}`);
    return n;
  };

  let changed = true;
  while (changed) {
    changed = false;
    for (const table of tables) {
      const members = [table.total, ...table.parts];
      if (members.filter((key) => hidden.has(key)).length !== 1) continue;
      const visibleParts = table.parts
        .filter((key) => !hidden.has(key))
        .sort((a, b) => sizeOf(a) - sizeOf(b) || a.localeCompare(b));
      const complement = visibleParts[0] ?? table.total;
      hidden.add(complement);
      changed = true;
    }
  }
  return hidden;
}
