// The UI's messages: both languages have every key, every message is valid ICU MessageFormat (what next-intl
// parses), and a message takes the same values in Swedish and English, so no call site fills one and not the other.
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { formatPercent, translator, uiLocales } from '@/lib/i18n';
import { flatMessages, nest } from '@/lib/i18n/messages';

type Element = { type: number; value?: string; options?: Record<string, { value: Element[] }>; children?: Element[] };

/** The names of the values a message reads, through plural and select branches and tags. */
function argumentNames(elements: Element[], names = new Set<string>()): Set<string> {
  for (const element of elements) {
    // 0 literal and 7 `#` read no value of their own; 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural, 8 tag.
    if (element.type !== 0 && element.type !== 7 && element.value) names.add(element.value);
    for (const option of Object.values(element.options ?? {})) argumentNames(option.value, names);
    if (element.children) argumentNames(element.children, names);
  }
  return names;
}

function parse(message: string, locale: string): Set<string> {
  return argumentNames(new IntlMessageFormat(message, locale).getAst() as Element[]);
}

describe('UI messages', () => {
  const keys = Object.keys(flatMessages.sv) as (keyof typeof flatMessages.sv)[];

  it('Swedish and English have the same keys, none empty', () => {
    expect(Object.keys(flatMessages.en).sort()).toEqual([...keys].sort());
    for (const locale of uiLocales)
      for (const key of keys) expect(flatMessages[locale][key].trim(), `${locale} ${key}`).not.toBe('');
  });

  it.each(keys)('%s parses as ICU and takes the same values in both languages', (key) => {
    expect([...parse(flatMessages.en[key], 'en')].sort()).toEqual([...parse(flatMessages.sv[key], 'sv')].sort());
  });

  it('control: a message with a value the other language lacks is told apart, and a broken one does not parse', () => {
    expect([...parse('{count} svar', 'sv')]).toEqual(['count']);
    expect([...parse('{n, plural, one {# answer} other {# answers}} for {round}', 'en')].sort()).toEqual([
      'n',
      'round',
    ]);
    expect(() => parse('{count, plural, one {# svar}', 'sv')).toThrow();
  });

  it('no key is also the start of another key (next-intl reads dots as levels)', () => {
    expect(() => nest({ 'a.b': 'x', 'a.b.c': 'y' })).toThrow(/a\.b/);
    expect(() => nest(flatMessages.sv)).not.toThrow();
  });
});

describe('plurals', () => {
  const sv = translator('sv');
  const en = translator('en');

  it('say one or many in Swedish', () => {
    expect(sv('invitations.made', { count: 1 })).toBe('1 länk är skapad och listan är nedladdad.');
    expect(sv('invitations.made', { count: 5 })).toBe('5 länkar är skapade och listan är nedladdad.');
    expect(sv('platform.results', { count: 1 })).toBe('1 stödinsats');
    expect(sv('platform.results', { count: 3 })).toBe('3 stödinsatser');
    expect(sv('overview.responses', { count: 1 })).toBe('1 svar');
    expect(sv('overview.responses', { count: 5 })).toBe('5 svar');
    expect(sv('decisions.decided', { decided: 0, total: 1, period: '2027–2028' })).toBe(
      '0 av 1 huvudman har beslutat för 2027–2028.',
    );
    expect(sv('decisions.decided', { decided: 2, total: 5, period: '2027–2028' })).toBe(
      '2 av 5 huvudmän har beslutat för 2027–2028.',
    );
  });

  it('say one or many in English', () => {
    expect(en('invitations.made', { count: 1 })).toBe('1 link is made and the list is downloaded.');
    expect(en('invitations.made', { count: 5 })).toBe('5 links are made and the list is downloaded.');
    expect(en('overview.responses', { count: 1 })).toBe('1 response');
    expect(en('overview.responses', { count: 5 })).toBe('5 responses');
    expect(en('dashboards.freeText.count', { count: 1 })).toBe('1 answer');
    expect(en('platform.results', { count: 3 })).toBe('3 entries');
    expect(en('decisions.decided', { decided: 1, total: 1, period: '2027–2028' })).toBe(
      '1 of 1 principal has decided for 2027–2028.',
    );
  });

  it('print a count the way formatNumber does: Swedish groups thousands with a space', () => {
    expect(sv('overview.responses', { count: 12345 })).toBe('12\u00a0345 svar');
    expect(en('overview.responses', { count: 12345 })).toBe('12,345 responses');
  });

  it('leave a plain value as it is: a year is not grouped', () => {
    expect(sv('decisions.caption', { period: 2027 as unknown as string })).toBe('Beslut per huvudman för 2027');
  });

  it('keep the Swedish percent sign after a space', () => {
    expect(sv('improvement.followUp.indicator', { share: formatPercent('sv', 0.84) })).toContain('84\u00a0%');
  });
});
