// What a published group is called: one place for the dashboards, the decision report and the exports.
import { translator, type MessageKey, type UiLocale } from '@/lib/i18n';
import { flatMessages } from '@/lib/i18n/messages';
import type { GroupFigures } from './dashboard';

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** A message for a key built from data (a kind, a language code), or the raw key when there is none. */
export function labelFor(tr: Translate, key: string, fallback: string): string {
  return key in flatMessages.sv ? tr(key as MessageKey) : fallback;
}

export function groupLabel(tr: Translate, group: Pick<GroupFigures, 'breakdown' | 'key' | 'name'>): string {
  switch (group.breakdown) {
    case 'overall':
      return tr('dashboards.region');
    case 'kind':
      return labelFor(tr, `dashboards.kind.${group.key}`, group.key);
    case 'language':
      return labelFor(tr, `dashboards.language.${group.key}`, group.key);
    case 'targetGroup':
      return labelFor(tr, `dashboards.targetGroup.${group.key}`, group.key);
    case 'assistance':
      return labelFor(tr, `dashboards.assistance.${group.key}`, group.key);
    default:
      return group.name ?? group.key;
  }
}

/**
 * Answers that name no group ("Vill inte svara", "Ej angivet", "Vet inte", "Annat"): shown in the tables, but never
 * the group a summary calls highest or lowest, since they say nothing about a group the board can act for.
 */
const nonAnswerKeys = new Set(['prefer_not', 'not_stated', 'dont_know', 'other', 'other_none', 'none', 'unknown']);

export function isSubstantiveGroup(group: Pick<GroupFigures, 'breakdown' | 'key'>): boolean {
  return group.breakdown === 'overall' || !nonAnswerKeys.has(group.key);
}

/** Swedish, for the board documents: the report and the exports. */
export const swedish = translator('sv' as UiLocale);
