import { describe, expect, it } from 'vitest';
import { validateAnswers } from '@/lib/surveys/validate-answers';
import { latestSurvey } from '@/surveys';

const feedback = latestSurvey('target-feedback').json;
const actor = latestSurvey('actor-followup').json;
const minimal = { offered_support: 'yes', know_where_to_turn: 'partly' };

describe('checking a submission against the frozen survey (privacy rule 7)', () => {
  it('accepts a complete, honest answer and returns a copy of it', () => {
    const submitted = {
      ...minimal,
      support_met_needs: 4,
      support_used: ['meeting_places', 'parental_support'],
      comment: 'Tack',
    };
    const result = validateAnswers(feedback, submitted);
    expect(result).toEqual({ ok: true, answers: submitted });
    if (result.ok) expect(result.answers).not.toBe(submitted);
  });

  it('refuses what is not an object', () => {
    for (const bad of [null, [], 'answers', 42])
      expect(validateAnswers(feedback, bad)).toEqual({ ok: false, errors: [{ code: 'not_an_object' }] });
  });

  it('refuses unknown question ids instead of dropping them', () => {
    expect(validateAnswers(feedback, { ...minimal, ip_address: '10.0.0.1' })).toEqual({
      ok: false,
      errors: [{ questionId: 'ip_address', code: 'unknown_question' }],
    });
  });

  it('refuses a choice that is not in the survey, even one SurveyJS would silently drop', () => {
    expect(validateAnswers(feedback, { ...minimal, offered_support: 'maybe' })).toMatchObject({
      ok: false,
      errors: [{ questionId: 'offered_support', code: 'invalid_value' }],
    });
    expect(validateAnswers(feedback, { ...minimal, support_used: ['meeting_places', 'bribes'] })).toMatchObject({
      ok: false,
    });
    expect(validateAnswers(feedback, { ...minimal, support_used: ['meeting_places', 'meeting_places'] })).toMatchObject(
      { ok: false },
    );
    expect(validateAnswers(feedback, { ...minimal, support_used: 'meeting_places' })).toMatchObject({ ok: false });
  });

  it('refuses "none" together with a kind of support it excludes', () => {
    expect(validateAnswers(feedback, { ...minimal, support_wanted: ['none', 'meeting_places'] })).toMatchObject({
      ok: false,
    });
    expect(validateAnswers(feedback, { ...minimal, support_wanted: ['none'] })).toMatchObject({ ok: true });
  });

  it('refuses ratings outside the scale and of the wrong type', () => {
    for (const bad of [0, 6, 4.5, '4']) {
      expect(validateAnswers(feedback, { ...minimal, stress_level: bad }), String(bad)).toMatchObject({
        ok: false,
        errors: [{ questionId: 'stress_level', code: 'invalid_value' }],
      });
    }
  });

  it('refuses an answer to a question the respondent could not see', () => {
    expect(validateAnswers(feedback, { ...minimal, offered_support: 'no', support_met_needs: 5 })).toEqual({
      ok: false,
      errors: [{ questionId: 'support_met_needs', code: 'hidden_question' }],
    });
  });

  it('refuses a submission without its required answers', () => {
    expect(validateAnswers(feedback, { offered_support: 'yes' })).toEqual({
      ok: false,
      errors: [{ questionId: 'know_where_to_turn', code: 'required' }],
    });
    expect(validateAnswers(feedback, { offered_support: 'yes', know_where_to_turn: '  ' })).toMatchObject({
      ok: false,
    });
  });

  it('refuses free text over the question limit, and submissions over the size limit', () => {
    expect(validateAnswers(feedback, { ...minimal, comment: 'x'.repeat(1001) })).toEqual({
      ok: false,
      errors: [{ questionId: 'comment', code: 'too_long' }],
    });
    expect(validateAnswers(feedback, { ...minimal, comment: 'x'.repeat(40_000) })).toEqual({
      ok: false,
      errors: [{ code: 'too_large' }],
    });
    expect(validateAnswers(feedback, { ...minimal, comment: 42 })).toMatchObject({ ok: false });
  });

  it('checks matrix rows and columns', () => {
    const base = {
      role_category: 'manager',
      aware_strategy: 'somewhat',
      aware_model: 'somewhat',
      aware_platform: 'heard_of',
    };
    expect(validateAnswers(actor, { ...base, model_steps_used: { identify: 'yes', improve: 'no' } })).toMatchObject({
      ok: true,
    });
    expect(validateAnswers(actor, { ...base, model_steps_used: { identify: 'always' } })).toMatchObject({ ok: false });
    expect(validateAnswers(actor, { ...base, model_steps_used: { sabotage: 'yes' } })).toMatchObject({ ok: false });
  });

  it('judges visibility from the answers themselves, through a matrix cell and a page or panel condition', () => {
    const base = {
      role_category: 'manager',
      aware_strategy: 'somewhat',
      aware_model: 'somewhat',
      aware_platform: 'heard_of',
    };
    const example = { model_example: 'We mapped needs together.' };
    expect(validateAnswers(actor, { ...base, model_steps_used: { identify: 'partly' }, ...example })).toMatchObject({
      ok: true,
    });
    expect(validateAnswers(actor, { ...base, model_steps_used: { identify: 'no' }, ...example })).toEqual({
      ok: false,
      errors: [{ questionId: 'model_example', code: 'hidden_question' }],
    });
    expect(
      validateAnswers(actor, { ...base, aware_model: 'not_known', model_steps_used: { identify: 'yes' } }),
    ).toEqual({
      ok: false,
      errors: [{ questionId: 'model_steps_used', code: 'hidden_question' }],
    });
  });

  it('keeps no answers in the shared model between calls', () => {
    expect(validateAnswers(feedback, { ...minimal, support_met_needs: 5 })).toMatchObject({ ok: true });
    expect(
      validateAnswers(feedback, { offered_support: 'no', know_where_to_turn: 'no', support_met_needs: 5 }),
    ).toMatchObject({
      ok: false,
      errors: [{ questionId: 'support_met_needs', code: 'hidden_question' }],
    });
  });

  it('treats an empty answer to an optional question as no answer', () => {
    expect(validateAnswers(feedback, { ...minimal, comment: '', target_group: null })).toEqual({
      ok: true,
      answers: minimal,
    });
  });
});
