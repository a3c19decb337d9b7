// The UI's words, one file per area of the product. Swedish is the source; each area's English has every key
// of its Swedish (the type checks it). To add an area: a file exporting `sv` and `en`, and one line here.
// Messages are ICU MessageFormat (next-intl): `{name}` for a value, `{count, plural, one {…} other {…}}` for a count.
// The area files keep flat keys ('rounds.title') so a call site names the whole path; next-intl reads nested
// objects, so `nest` turns each dot into a level. A key cannot also be the start of another key.
import * as common from './common';
import * as actors from './actors';
import * as dashboards from './dashboards';
import * as report from './report';
import * as improvement from './improvement';
import * as kiosk from './kiosk';
import * as platform from './platform';
import * as audit from './audit';
import * as freeText from './free-text';
import * as preview from './preview';

const areas = [common, actors, dashboards, report, improvement, platform, kiosk, audit, freeText, preview] as const;

type Area = (typeof areas)[number];
type UnionToIntersection<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void
  ? I
  : never;
type Swedish = UnionToIntersection<Area['sv']>;

export type MessageKey = keyof Swedish & string;

type Head<Key extends string> = Key extends `${infer First}.${string}` ? First : Key;
type Rest<Key extends string, First extends string> = Key extends `${First}.${infer Tail}` ? Tail : never;
/** The nested shape next-intl reads, worked out from the flat keys so that tsc checks every key at every call. */
type Nested<Key extends string> = { [First in Head<Key>]: First extends Key ? string : Nested<Rest<Key, First>> };
export type Messages = Nested<MessageKey>;

export type FlatMessages = Record<MessageKey, string>;

function flat(locale: 'sv' | 'en'): FlatMessages {
  return Object.assign({}, ...areas.map((area) => area[locale])) as FlatMessages;
}

export function nest(flatMessages: Record<string, string>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, message] of Object.entries(flatMessages)) {
    const path = key.split('.');
    let level = root;
    for (const part of path.slice(0, -1)) {
      const next = (level[part] ??= {});
      if (typeof next !== 'object') throw new Error(`Message key ${key} runs through the message ${part}`);
      level = next as Record<string, unknown>;
    }
    const last = path[path.length - 1];
    if (last in level) throw new Error(`Message key ${key} is also the start of other keys`);
    level[last] = message;
  }
  return root;
}

/** Flat, for tests that compare the languages key by key. */
export const flatMessages = { sv: flat('sv'), en: flat('en') };

export const messages = { sv: nest(flatMessages.sv) as Messages, en: nest(flatMessages.en) as Messages };
