import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { listFeedbackGroupOptions, listFreeTextAnswers } from '@/lib/analytics/free-text';
import { freeTextFilters } from '@/lib/analytics/filters';
import { groupLabel } from '@/lib/analytics/labels';
import { DashboardNav } from '../_components/dashboard-nav';
import { FilterForm } from '../_components/filter-form';
import { Suppressed } from '../_components/figures';
import { loadDashboardPage, type SearchParams } from '../_components/load';
import { getTranslations } from 'next-intl/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())('dashboards.nav.freeText') };
}

/** Strategists only (privacy rule 4). Answers are plain text children: React encodes them, nothing is HTML (rule 5). */
export default async function FreeTextPage({ searchParams }: { searchParams: SearchParams }) {
  const { actor, tr, db, selection, query } = await loadDashboardPage(searchParams);
  if (actor.role !== 'strategist') notFound();
  if (!selection.round) return <p className="page">{tr('dashboards.noRounds')}</p>;
  const [questions, feedbackGroups] = await Promise.all([
    listFreeTextAnswers(db, actor, selection.round, freeTextFilters(selection.params)),
    listFeedbackGroupOptions(db, actor, selection.round.id),
  ]);
  const byBreakdown = {
    language: 'dashboards.filters.byLanguage',
    channel: 'dashboards.filters.byChannel',
    targetGroup: 'dashboards.filters.byTargetGroup',
  } as const;
  const feedbackOptions = feedbackGroups.map((group) => ({
    value: `${group.breakdown}:${group.key}`,
    label: tr(byBreakdown[group.breakdown], { name: groupLabel(tr, group) }),
  }));
  return (
    <div className="page dashboard">
      <h1>{tr('dashboards.freeText.title', { round: selection.round.name })}</h1>
      <DashboardNav current="/dashboards/free-text" role={actor.role} query={query} tr={tr} />
      <FilterForm
        action="/dashboards/free-text"
        rounds={selection.rounds}
        selected={selection.round}
        params={selection.params}
        show={{ kind: true, feedback: true }}
        feedbackOptions={feedbackOptions}
        tr={tr}
      />
      <p>{tr('dashboards.freeText.intro', { min: selection.round.minGroupSize })}</p>
      {questions.map((question) => (
        <section key={question.questionId} aria-labelledby={`q-${question.questionId}`}>
          <h2 id={`q-${question.questionId}`}>{tr(`dashboards.freeText.question.${question.questionId}`)}</h2>
          {question.answers === null ? (
            <p>
              <Suppressed tr={tr} />
            </p>
          ) : (
            <>
              <p>{tr('dashboards.freeText.count', { count: question.count! })}</p>
              <ul className="free-text">
                {question.answers.map((answer, index) => (
                  <li key={index}>{answer}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
    </div>
  );
}
