// The strategy's six target groups (DOMAIN.md), as initiatives and platform entries name whom they serve. The
// feedback survey asks its own, finer question about residence status (surveys/target-feedback).
export const strategyTargetGroups = [
  'refugees',
  'newly_arrived',
  'asylum_seekers',
  'quota_refugees',
  'relatives_of_newly_arrived',
  'undocumented',
] as const;
export type StrategyTargetGroup = (typeof strategyTargetGroups)[number];
