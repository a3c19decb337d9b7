'use client';
// SurveyJS, loaded only when needed (FeedbackSurvey imports this file on the first interaction): ~350 KB gzip that a
// phone on a slow network should not wait for before it can answer the first question. It never lets SurveyJS
// "complete": it hands the answers to onComplete, which sends them, so a failed send keeps every answer on screen.
import 'survey-core/survey-core.fontless.min.css';
import '@/lib/surveys/locales';
import { useEffect, useMemo } from 'react';
import type { CompletingEvent, SurveyModel } from 'survey-core';
import { Survey } from 'survey-react-ui';
import type { FaceOrder } from '@/lib/feedback/first-page';
import { createSurveyModel } from '@/lib/surveys/model';

export type SurveyRunnerProps = {
  definition: Record<string, unknown>;
  locale: string;
  answers: Record<string, unknown>;
  pageNo: number;
  /** The respondent pressed Next on the server-drawn first page: validate it and move on, as SurveyJS's Next would. */
  advance: boolean;
  faceOrders: Record<string, FaceOrder>;
  onAnswers: (answers: Record<string, unknown>, pageNo: number) => void;
  onPageChanged: (pageNo: number) => void;
  onComplete: (answers: Record<string, unknown>) => void;
  /** Drawn right under SurveyJS's buttons: the send status belongs beside the send button. */
  children?: React.ReactNode;
};

export default function SurveyRunner({
  definition,
  locale,
  answers,
  pageNo,
  advance,
  faceOrders,
  onAnswers,
  onPageChanged,
  onComplete,
  children,
}: SurveyRunnerProps) {
  const model = useMemo(() => {
    const survey = createSurveyModel(definition);
    survey.locale = locale;
    survey.showTitle = false; // the page shows title and introduction as its h1, before this script loads
    survey.autoFocusFirstQuestion = true; // after Next and Back, focus goes to the new page's first question
    survey.data = answers;
    survey.currentPageNo = Math.min(pageNo, survey.visiblePageCount - 1);
    if (advance) survey.nextPage(); // shows the first page's errors instead when an answer is missing
    return survey;
    // The model is made once: the answers live in it from now on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const keep = (survey: SurveyModel) => onAnswers(survey.data as Record<string, unknown>, survey.currentPageNo);
    const pageChanged = (survey: SurveyModel) => {
      keep(survey);
      onPageChanged(survey.currentPageNo);
    };
    const completing = (survey: SurveyModel, options: CompletingEvent) => {
      options.allow = false;
      onComplete(survey.data as Record<string, unknown>);
    };
    // Faces beside the numbers (feedback.css draws them), on scales whose good end is known.
    const faces = (_: SurveyModel, options: { question: { name: string }; htmlElement: HTMLElement }) => {
      const order = faceOrders[options.question.name];
      if (order) options.htmlElement.dataset.faces = order;
    };
    model.onValueChanged.add(keep);
    model.onCurrentPageChanged.add(pageChanged);
    model.onCompleting.add(completing);
    model.onAfterRenderQuestion.add(faces);
    onPageChanged(model.currentPageNo);
    if (advance) {
      keep(model);
      // The server-drawn page's Next button is gone: focus goes to the new page's first question, as after SurveyJS's own Next.
      requestAnimationFrame(() => {
        if (!document.activeElement?.closest('[data-name]')) model.focusFirstQuestion();
      });
    }
    return () => {
      model.onValueChanged.remove(keep);
      model.onCurrentPageChanged.remove(pageChanged);
      model.onCompleting.remove(completing);
      model.onAfterRenderQuestion.remove(faces);
    };
  }, [model, faceOrders, onAnswers, onPageChanged, onComplete, advance]);

  return (
    <>
      <Survey model={model} />
      {children}
    </>
  );
}
