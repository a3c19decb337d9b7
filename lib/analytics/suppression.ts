// Privacy rule 3: a figure over fewer respondents than the round's minimum group size is never shown.
// (Complementary suppression across sibling figures is the dashboards' job and builds on this.)

/** The count when it may be shown, otherwise null ("too few answers to show", never 0). */
export function reportableCount(count: number, minGroupSize: number): number | null {
  return count >= minGroupSize ? count : null;
}
