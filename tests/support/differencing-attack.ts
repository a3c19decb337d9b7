// What an attacker can do with published figures: use every table (total = sum of parts) in which exactly one
// figure is unknown to work it out, and repeat with what they learnt until nothing more comes out.
import type { SiblingTable } from '@/lib/suppression';

/** `published` maps each cell to its value, or null when it is hidden. Returns the hidden cells recovered. */
export function recoverByDifferencing(
  published: ReadonlyMap<string, number | null>,
  tables: readonly SiblingTable[],
): Map<string, number> {
  const known = new Map<string, number>();
  for (const [key, value] of published) if (value !== null) known.set(key, value);
  const recovered = new Map<string, number>();
  let learnt = true;
  while (learnt) {
    learnt = false;
    for (const table of tables) {
      const unknown = [table.total, ...table.parts].filter((key) => !known.has(key));
      if (unknown.length !== 1) continue;
      const [key] = unknown;
      const partsSum = table.parts.filter((part) => part !== key).reduce((sum, part) => sum + known.get(part)!, 0);
      const value = key === table.total ? partsSum : known.get(table.total)! - partsSum;
      known.set(key, value);
      recovered.set(key, value);
      learnt = true;
    }
  }
  return recovered;
}
