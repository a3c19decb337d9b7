import { describe, expect, it } from 'vitest';
import { SCRUBBED_MARKER as X, scrubFreeText, scrubText } from '@/lib/surveys/scrub';
import { latestSurvey } from '@/surveys';

const feedback = latestSurvey('target-feedback').json;

describe('scrubbing free text of identifying details (privacy rule 4)', () => {
  it.each([
    ['mitt personnummer är 850412-1234', `mitt personnummer är ${X}`],
    ['pnr 8504121234 tack', `pnr ${X} tack`],
    ['19850412-1234', X],
    ['198504121234', X],
    ['20050101 1234', X],
    ['born 1919-01-01: 190101+1234 (over 100)', `born 1919-01-01: ${X} (over 100)`],
    ['samordningsnummer 850472-1234', `samordningsnummer ${X}`],
    ['19850472-1234.', `${X}.`],
  ])('removes the identity number in %j', (text, expected) => {
    expect(scrubText(text)).toBe(expected);
  });

  it.each([
    ['ring 070-123 45 67 snälla', `ring ${X} snälla`],
    ['0701234567', X],
    ['073 123 45 67', X],
    ['076-1234567', X],
    ['+46 70 123 45 67', X],
    ['+46701234567', X],
    ['+46 (0)70-123 45 67', X],
    ['0046 70 123 45 67', X],
    ['035-12 34 56', X],
    ['08-123 456 78', X],
    ['0346-123 45', X],
    ['+964 750 123 4567', X],
    ['(+252) 61 5123456', X],
    ['+380 67 123 4567', X],
    ['46701234567', X],
    ['070.123.45.67', X],
  ])('removes the phone number in %j', (text, expected) => {
    expect(scrubText(text)).toBe(expected);
  });

  it.each([
    ['skriv till anna.svensson@example.se', `skriv till ${X}`],
    ['A_B+tag@mail.example.com.', `${X}.`],
    ['mejl: ali @ gmail.com', `mejl: ${X}`],
    ['فاطمة@مثال.com', X],
  ])('removes the e-mail address in %j', (text, expected) => {
    expect(scrubText(text)).toBe(expected);
  });

  it('reads Arabic-Indic and Persian digits as digits', () => {
    expect(scrubText('رقمي ٠٧٠١٢٣٤٥٦٧')).toBe(`رقمي ${X}`);
    expect(scrubText('شماره من ۰۷۰-۱۲۳ ۴۵ ۶۷ است')).toBe(`شماره من ${X} است`);
    expect(scrubText('۸۵۰۴۱۲-۱۲۳۴')).toBe(X);
  });

  it.each([
    'Jag kom till Sverige 2019 och fick uppehållstillstånd 2021.',
    'Vi väntade från 2019-2023 på beslut.',
    'Mötet var 2024-03-15 klockan 14.30.',
    'Det var den 05.12.2023 och den 5/12/2023.',
    'Jag har 3 barn, 12 och 15 år gamla.',
    'Hyran är 8 500 kr och vi fick 1 500 000 i skuld.',
    'Kön var 120 personer lång, ärende 12345.',
    'Vårdcentralen svarade efter 3 veckor (ca 21 dagar).',
    'Ring 112 eller 1177 om du behöver hjälp.',
    'Jag bodde i rum 1203 på våning 4.',
    'Kostade 20 000 - 30 000 kronor',
  ])('keeps ordinary numbers: %j', (text) => {
    expect(scrubText(text)).toBe(text);
  });

  it('scrubs only free-text questions, returns a new object and leaves the input unchanged', () => {
    const answers = { offered_support: 'yes', support_used: ['meeting_places'], comment: 'Ring 070-123 45 67' };
    const scrubbed = scrubFreeText(answers, feedback);
    expect(scrubbed).toEqual({ offered_support: 'yes', support_used: ['meeting_places'], comment: `Ring ${X}` });
    expect(scrubbed).not.toBe(answers);
    expect(scrubbed.support_used).not.toBe(answers.support_used);
    expect(answers.comment).toBe('Ring 070-123 45 67');
  });
});
