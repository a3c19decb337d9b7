// The UI's words, one file per area of the product. Swedish is the source; each area's English has every key
// of its Swedish (the type checks it). To add an area: a file exporting `sv` and `en`, and one line here.
import * as common from './common';
import * as actors from './actors';
import * as dashboards from './dashboards';
import * as report from './report';
import * as improvement from './improvement';
import * as kiosk from './kiosk';
import * as platform from './platform';

const areas = [common, actors, dashboards, report, improvement, platform, kiosk] as const;

type Area = (typeof areas)[number];
type UnionToIntersection<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void ? I : never;
type Swedish = UnionToIntersection<Area['sv']>;

export type MessageKey = keyof Swedish & string;

function merge(locale: 'sv' | 'en'): Record<MessageKey, string> {
  return Object.assign({}, ...areas.map((area) => area[locale])) as Record<MessageKey, string>;
}

export const messages = { sv: merge('sv'), en: merge('en') };
