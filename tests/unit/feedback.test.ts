import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { offeredLanguages, unreviewedLocales } from '@/lib/feedback/languages';
import { feedbackSubmissionSchema, localeOfBody } from '@/lib/feedback/submission';
import { respondentTexts } from '@/lib/feedback/texts';
import { surveyLanguages } from '@/lib/i18n/locales';

const valid = { idempotencyKey: randomUUID(), locale: 'ar', answers: { offered_support: 'yes' }, elapsedSeconds: 42 };

describe('parsing a feedback body', () => {
  it('accepts a well-formed body, with or without the empty trap field', () => {
    expect(feedbackSubmissionSchema.safeParse(valid).success).toBe(true);
    expect(feedbackSubmissionSchema.safeParse({ ...valid, website: '' }).success).toBe(true);
  });

  it.each([
    ['an unknown key', { ...valid, ip: '10.0.0.1' }],
    ['a key that is not a uuid', { ...valid, idempotencyKey: '1234' }],
    ['a language the survey does not speak', { ...valid, locale: 'de' }],
    ['answers that are not an object', { ...valid, answers: ['yes'] }],
    ['a negative time', { ...valid, elapsedSeconds: -1 }],
    ['a time given as text', { ...valid, elapsedSeconds: '42' }],
    ['a missing key', { locale: 'sv', answers: {}, elapsedSeconds: 10 }],
  ])('refuses %s', (_, body) => {
    expect(feedbackSubmissionSchema.safeParse(body).success).toBe(false);
  });

  it('reads the language from a body that is otherwise wrong, and falls back to Swedish', () => {
    expect(localeOfBody({ locale: 'ti', answers: 7 })).toBe('ti');
    expect(localeOfBody({ locale: 'xx' })).toBe('sv');
    expect(localeOfBody('text')).toBe('sv');
  });
});

describe('what the respondent reads', () => {
  it('has every message, non-empty, in every survey language', () => {
    const swedish = respondentTexts.sv;
    for (const { code } of surveyLanguages) {
      const texts = respondentTexts[code];
      expect(Object.keys(texts.errors).sort(), code).toEqual(Object.keys(swedish.errors).sort());
      for (const text of [
        ...Object.values(texts.errors),
        ...Object.values(texts).filter((v) => typeof v === 'string'),
      ]) {
        expect(text.trim(), code).not.toBe('');
      }
    }
  });

  it('names 1177 and 112 on the thank-you page in every language', () => {
    for (const { code } of surveyLanguages) {
      expect(respondentTexts[code].thanksHelp, code).toContain('1177');
      expect(respondentTexts[code].thanksEmergency, code).toContain('112');
    }
  });
});

describe('languages offered for the feedback survey', () => {
  it('offers every language and marks those no professional has reviewed', () => {
    const offered = offeredLanguages(1, false);
    expect(offered.map((language) => language.code)).toEqual(surveyLanguages.map((language) => language.code));
    expect(offered.find((language) => language.code === 'sv')?.reviewed).toBe(true);
    expect(offered.find((language) => language.code === 'ar')?.reviewed).toBe(
      !unreviewedLocales('target-feedback', 1).has('ar'),
    );
  });

  it('offers only reviewed languages when told to hide the rest, Swedish always', () => {
    const offered = offeredLanguages(1, true);
    expect(offered.every((language) => language.reviewed)).toBe(true);
    expect(offered.map((language) => language.code)).toContain('sv');
  });
});
