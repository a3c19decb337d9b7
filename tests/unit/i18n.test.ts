import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, resolveUiLocale, surveyLanguages, translator } from '@/lib/i18n';
import { flatMessages as messages } from '@/lib/i18n/messages';
import { safeLocalPath } from '@/lib/navigation';

describe('UI language', () => {
  it('English has a non-empty text for every Swedish message', () => {
    for (const key of Object.keys(messages.sv) as (keyof typeof messages.sv)[]) {
      expect(messages.en[key], key).toBeTruthy();
    }
  });

  it('fills in values', () => {
    expect(translator('sv')('overview.responses', { count: 12 })).toBe('12 svar');
  });

  it('Swedish is the default; a chosen language wins over the browser', () => {
    expect(resolveUiLocale(undefined, null)).toBe('sv');
    expect(resolveUiLocale(undefined, 'en-GB,en;q=0.9')).toBe('en');
    expect(resolveUiLocale('sv', 'en-GB')).toBe('sv');
    expect(resolveUiLocale('xx', 'de-DE')).toBe('sv');
  });

  it('formats numbers and percentages the Swedish way', () => {
    expect(formatPercent('sv', 0.84)).toBe('84\u00a0%');
    expect(formatNumber('sv', 12345)).toBe('12\u00a0345');
    expect(formatPercent('en', 0.84)).toBe('84%');
  });

  it('every survey language is named in itself, and Arabic, Persian and Dari run right to left', () => {
    const rtl = surveyLanguages.filter((language) => language.dir === 'rtl').map((language) => language.code);
    expect(rtl.sort()).toEqual(['ar', 'fa', 'prs']);
    expect(surveyLanguages.find((language) => language.code === 'ti')?.nativeName).toBe('ትግርኛ');
  });

  it('the language switch only returns to pages of this site', () => {
    expect(safeLocalPath('/overview?x=1')).toBe('/overview?x=1');
    expect(safeLocalPath('https://evil.example')).toBe('/');
    expect(safeLocalPath('//evil.example')).toBe('/');
    expect(safeLocalPath('/\\evil.example')).toBe('/');
    expect(safeLocalPath(null)).toBe('/');
  });
});
