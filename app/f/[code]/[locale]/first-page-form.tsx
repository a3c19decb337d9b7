'use client';
// The survey's first page as plain HTML form controls, drawn on the server: answerable as soon as the HTML is there,
// before SurveyJS has arrived. Names and values are SurveyJS's, so the answers go into its model unchanged. The inputs
// are uncontrolled: a choice made before React has hydrated stays, and is read from the form itself.
import { useEffect, useRef, useState } from 'react';
import { followUpQuestionsCss, type FirstPage, type FirstPageQuestion } from '@/lib/feedback/first-page';

type Props = {
  page: FirstPage;
  /** Answers kept on the device from an earlier visit, put back into the form. */
  kept: Record<string, unknown> | null;
  /** The page's answers, whenever they change. */
  onAnswers: (answers: Record<string, unknown>) => void;
  /**
   * The answers given before the scripts ran, read once when they start: newer than any kept answers to those
   * questions, and silent about the others.
   */
  onEarlyAnswers: (answers: Record<string, unknown>) => void;
  onNext: () => void;
  /** Next was pressed and the rest of the survey is still loading. */
  waiting: boolean;
  waitingText: string;
  children?: React.ReactNode;
};

export function FirstPageForm({
  page,
  kept,
  onAnswers,
  onEarlyAnswers,
  onNext,
  waiting,
  waitingText,
  children,
}: Props) {
  const form = useRef<HTMLFormElement>(null);
  const followUpCss = followUpQuestionsCss(page);
  const [answers, setAnswers] = useState<Record<string, unknown>>({});

  useEffect(() => {
    const element = form.current!;
    const read = () => {
      const current = answersOf(element, page);
      setAnswers(current);
      return current;
    };
    const fromForm = read();
    if (Object.keys(fromForm).length > 0) onEarlyAnswers(fromForm); // choices made before hydration count too
    element.dataset.ready = 'true';
    performance.mark('first-page-ready'); // scripts/bench-page.ts
    const onChange = () => onAnswers(read());
    element.addEventListener('change', onChange);
    element.addEventListener('input', onChange);
    return () => {
      element.removeEventListener('change', onChange);
      element.removeEventListener('input', onChange);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!kept) return;
    const element = form.current!;
    putBack(element, page, kept);
    const current = answersOf(element, page);
    setAnswers(current);
    onAnswers(current);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [kept]);

  return (
    <form
      ref={form}
      className="first-page"
      data-testid="first-page"
      onSubmit={(event) => event.preventDefault()}
      noValidate
    >
      {followUpCss && <style>{followUpCss}</style>}
      {page.questions.map((question) => (
        <Question key={question.name} question={question} hidden={!isShown(question, answers)} />
      ))}
      <div className="first-page-navigation">
        <button
          type="button"
          className="button"
          onClick={onNext}
          aria-disabled={waiting || undefined}
          data-testid="first-page-next"
        >
          {page.nextText}
        </button>
        {waiting ? (
          <p className="feedback-status" role="status">
            {waitingText}
          </p>
        ) : (
          // Shown by feedback.css only until the scripts run: before that, Next cannot work yet.
          <p className="feedback-status first-page-early-wait">{waitingText}</p>
        )}
        {children}
      </div>
    </form>
  );
}

function Question({ question, hidden }: { question: FirstPageQuestion; hidden: boolean }) {
  const id = `fp-${question.name}`;
  const description = question.description ? (
    <p className="first-page-description" id={`${id}-description`}>
      {question.description}
    </p>
  ) : null;
  if (question.kind === 'comment') {
    return (
      <div className="first-page-question" data-name={question.name} hidden={hidden}>
        <label htmlFor={id} className="first-page-title">
          {question.title}
        </label>
        {description}
        <textarea
          id={id}
          name={question.name}
          rows={4}
          maxLength={question.maxLength ?? undefined}
          placeholder={question.placeholder || undefined}
          aria-describedby={description ? `${id}-description` : undefined}
        />
      </div>
    );
  }
  return (
    <fieldset
      className={`first-page-question ${question.kind}`}
      data-name={question.name}
      hidden={hidden}
      aria-describedby={description ? `${id}-description` : undefined}
    >
      <legend className="first-page-title">{question.title}</legend>
      {description}
      {question.kind === 'rating' ? (
        <>
          {/* The end labels are drawn at the ends of the scale they describe: the lowest value's end comes first in the
              line's direction (on the right, right to left), like the values. Screen readers hear them on the values. */}
          <div className="first-page-scale-ends" aria-hidden="true">
            <span data-rate-end="min">{question.minLabel}</span>
            <span data-rate-end="max">{question.maxLabel}</span>
          </div>
          <div className="first-page-scale">
            {question.values.map((value, index) => (
              <label key={value} className="first-page-rate-item">
                <input type="radio" name={question.name} value={value} />
                {question.faces && (
                  <span className="first-page-face" aria-hidden="true">
                    {question.faces[index]}
                  </span>
                )}
                <span className="first-page-rate-value">{value}</span>
                {index === 0 && question.minLabel && <span className="visually-hidden">{question.minLabel}</span>}
                {index === question.values.length - 1 && question.maxLabel && (
                  <span className="visually-hidden">{question.maxLabel}</span>
                )}
              </label>
            ))}
          </div>
        </>
      ) : (
        <div className="first-page-choices">
          {question.choices.map((choice) => (
            <label key={choice.value} className="first-page-choice">
              <input
                type={question.kind === 'radiogroup' ? 'radio' : 'checkbox'}
                name={question.name}
                value={choice.value}
              />
              <span>{choice.text}</span>
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}

function isShown(question: FirstPageQuestion, answers: Record<string, unknown>): boolean {
  return !question.shownWhen || answers[question.shownWhen.question] === question.shownWhen.equals;
}

/** The answers in the form as SurveyJS holds them: a rating as a number, checkboxes as a list; hidden questions left out. */
export function answersOf(form: HTMLFormElement, page: FirstPage): Record<string, unknown> {
  const data = new FormData(form);
  const answers: Record<string, unknown> = {};
  for (const question of page.questions) {
    const values = data.getAll(question.name).map(String);
    if (question.kind === 'checkbox') {
      if (values.length > 0) answers[question.name] = values;
    } else if (question.kind === 'rating') {
      if (values[0] !== undefined) answers[question.name] = Number(values[0]);
    } else if (values[0] !== undefined && values[0].trim() !== '') {
      answers[question.name] = values[0];
    }
  }
  for (const question of page.questions) if (!isShown(question, answers)) delete answers[question.name];
  return answers;
}

/**
 * Puts the kept answers back into the form, except where the form already holds an answer: one the respondent gave
 * after a reload, before the scripts had arrived, is newer than the kept one.
 */
function putBack(form: HTMLFormElement, page: FirstPage, kept: Record<string, unknown>) {
  const inForm = new FormData(form);
  for (const question of page.questions) {
    const value = kept[question.name];
    if (value === undefined) continue;
    if (inForm.getAll(question.name).some((given) => String(given).trim() !== '')) continue;
    const wanted = (Array.isArray(value) ? value : [value]).map(String);
    for (const input of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(`[name="${question.name}"]`)) {
      if (input instanceof HTMLInputElement && (input.type === 'radio' || input.type === 'checkbox'))
        input.checked = wanted.includes(input.value);
      else input.value = wanted[0] ?? '';
    }
  }
}
