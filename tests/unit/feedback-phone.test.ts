import { describe, expect, it } from 'vitest';
import { firstPageOf, followUpQuestionsCss, ratingFaceOrder, ratingFaceOrders } from '@/lib/feedback/first-page';
import {
  KEEP_ANSWERS_FOR_MS,
  forgetExpiredAnswers,
  keepAnswers,
  keptAnswersKey,
  readKeptAnswers,
} from '@/lib/feedback/kept-answers';
import { splitPhoneNumbers } from '@/lib/feedback/phone-links';
import feedbackSurvey from '@/surveys/target-feedback/v1.json';

/** A Storage in memory, enough for the kept answers. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (index: number) => [...items.keys()][index] ?? null,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
  };
}

describe('answers kept on the respondent’s device', () => {
  const key = keptAnswersKey('sp25q2', 'ar');
  const now = Date.UTC(2026, 11, 1, 12);

  it('gives back what was kept, with the page reached', () => {
    const storage = memoryStorage();
    keepAnswers(storage, key, { offered_support: 'yes', stress_level: 2 }, 2, now);
    expect(readKeptAnswers(storage, key, now + 1000)).toEqual({
      answers: { offered_support: 'yes', stress_level: 2 },
      pageNo: 2,
      savedAt: now,
    });
  });

  it('forgets answers older than 24 hours, of every channel and language, and keeps younger ones', () => {
    const storage = memoryStorage();
    const other = keptAnswersKey('vb25x1', 'sv');
    keepAnswers(storage, key, { offered_support: 'yes' }, 0, now);
    keepAnswers(storage, other, { offered_support: 'no' }, 0, now + 60_000);
    storage.setItem('unrelated', 'stays');
    forgetExpiredAnswers(storage, now + KEEP_ANSWERS_FOR_MS);
    expect(storage.getItem(key)).toBeNull();
    expect(readKeptAnswers(storage, other, now + KEEP_ANSWERS_FOR_MS)?.answers).toEqual({ offered_support: 'no' });
    expect(storage.getItem('unrelated')).toBe('stays');
  });

  it('drops an unreadable entry instead of failing', () => {
    const storage = memoryStorage();
    storage.setItem(key, '{not json');
    expect(readKeptAnswers(storage, key, now)).toBeNull();
    expect(storage.getItem(key)).toBeNull();
    storage.setItem(key, JSON.stringify({ answers: [1], pageNo: 0, savedAt: now }));
    expect(readKeptAnswers(storage, key, now)).toBeNull();
  });

  it('keeps only the answers, the page and when (nothing else of the respondent)', () => {
    const storage = memoryStorage();
    keepAnswers(storage, key, { comment: 'hej' }, 3, now);
    expect(Object.keys(JSON.parse(storage.getItem(key)!)).sort()).toEqual(['answers', 'pageNo', 'savedAt']);
  });
});

describe('1177 and 112 as tap-to-call links', () => {
  it('links the numbers, not the web address 1177.se', () => {
    const parts = splitPhoneNumbers('Ring 1177 eller gå till 1177.se. Vid fara: ring 112.');
    expect(parts.filter((part) => part.tel).map((part) => part.tel)).toEqual(['tel:1177', 'tel:112']);
    expect(parts.map((part) => part.text).join('')).toBe('Ring 1177 eller gå till 1177.se. Vid fara: ring 112.');
  });

  it('finds them in right-to-left text and leaves longer numbers alone', () => {
    expect(splitPhoneNumbers('اتصل بالرقم 112.').filter((part) => part.tel)).toEqual([{ text: '112', tel: 'tel:112' }]);
    expect(splitPhoneNumbers('Ring 0701123456 eller 11234').some((part) => part.tel)).toBe(false);
  });
});

describe('the first page drawn without SurveyJS', () => {
  const definition = feedbackSurvey as unknown as Record<string, unknown>;

  it('draws the feedback survey’s first page in Arabic with SurveyJS’s names and values', () => {
    const page = firstPageOf('target-feedback', definition, 'ar')!;
    expect(page.pageCount).toBe(4);
    expect(page.nextText).toBe('التالي');
    expect(page.questions.map((question) => question.name)).toEqual([
      'offered_support',
      'support_met_needs',
      'know_where_to_turn',
    ]);
    const rating = page.questions[1];
    expect(rating.kind).toBe('rating');
    if (rating.kind !== 'rating') return;
    expect(rating.values).toEqual([1, 2, 3, 4, 5]);
    expect(rating.minLabel).toBe('لا، أبداً');
    expect(rating.shownWhen).toEqual({ question: 'offered_support', equals: 'yes' });
    expect(rating.faces?.[4]).toBe('😄'); // "completely" met the needs: the happy face at the top
  });

  it('gives null for a page with anything it cannot draw exactly, so SurveyJS draws it', () => {
    const withOther = {
      pages: [{ elements: [{ type: 'radiogroup', name: 'q', choices: ['a'], showOtherItem: true }] }],
    };
    const withCondition = {
      pages: [{ elements: [{ type: 'radiogroup', name: 'q', choices: ['a'], visibleIf: '{x} > 2' }] }],
    };
    const withMatrix = { pages: [{ elements: [{ type: 'matrix', name: 'q' }] }] };
    for (const definition of [withOther, withCondition, withMatrix])
      expect(firstPageOf('target-feedback', definition, 'sv')).toBeNull();
  });

  it('shows a follow-up question by CSS from the checked answer, so it needs no script', () => {
    const page = firstPageOf('target-feedback', definition, 'sv')!;
    expect(followUpQuestionsCss(page)).toBe(
      '.first-page:has(input[name="offered_support"][value="yes"]:checked) [data-name="support_met_needs"][hidden]' +
        '{display:block}',
    );
    // A value that could break out of the rule (it comes from the survey's text) gets no rule: the scripts show it.
    const odd = {
      ...page,
      questions: page.questions.map((question) => ({
        ...question,
        shownWhen: question.shownWhen && { ...question.shownWhen, equals: 'x"]{} *{display:none' },
      })),
    };
    expect(followUpQuestionsCss(odd)).toBe('');
  });

  it('puts the happy face at the end its indicator counts as good', () => {
    expect(ratingFaceOrder('target-feedback', 'support_met_needs', 1, 5)).toBe('ascending');
    expect(ratingFaceOrder('target-feedback', 'stress_level', 1, 5)).toBe('descending');
    expect(ratingFaceOrder('target-feedback', 'no_such_question', 1, 5)).toBeNull();
    expect(ratingFaceOrders('target-feedback', definition)).toEqual({
      support_met_needs: 'ascending',
      stress_level: 'descending',
      worry_level: 'descending',
      sleep_problems: 'descending',
    });
  });
});
