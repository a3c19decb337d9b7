import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { FREE_TEXT_PAGE_SIZE, listFreeTextAnswers } from '@/lib/analytics/free-text';
import { freeTextQuery, parseFreeTextParams } from '@/lib/analytics/filters';
import { FreeTextFilters } from '@/app/_components/free-text-filters';
import { DashboardNav } from '../_components/dashboard-nav';
import { RoundOptions } from '../_components/filter-form';
import { Suppressed } from '../_components/figures';
import { loadDashboardPage, type SearchParams } from '../_components/load';
import { FreeTextAnswerList, FreeTextPages } from './answer-list';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())('dashboards.nav.freeText') };
}

/** Answers shown for each question when no question is chosen; choosing one shows all of it, page by page. */
const FIRST_ANSWERS = 10;

/** Strategists only (privacy rule 4). Answers are plain text children: React encodes them, nothing is HTML (rule 5). */
export default async function FreeTextPage({ searchParams }: { searchParams: SearchParams }) {
  const { actor, tr, db, selection, query } = await loadDashboardPage(searchParams);
  if (actor.role !== 'strategist') notFound();
  const round = selection.round;
  if (!round) return <p className="page">{tr('dashboards.noRounds')}</p>;
  const { filters, page } = parseFreeTextParams(await searchParams);
  const view = await listFreeTextAnswers(
    db,
    actor,
    round,
    filters,
    filters.questionId
      ? { offset: (page - 1) * FREE_TEXT_PAGE_SIZE, limit: FREE_TEXT_PAGE_SIZE }
      : { offset: 0, limit: FIRST_ANSWERS },
  );
  const href = (more: Parameters<typeof freeTextQuery>[0], pageNo?: number) =>
    `/dashboards/free-text?${freeTextQuery({ ...filters, ...more }, { round: selection.params.round, page: pageNo })}`;
  const download = (format: string) => `/api/rounds/${round.id}/free-text?${freeTextQuery(filters, { format })}`;
  return (
    <div className="page dashboard">
      <h1>{tr('dashboards.freeText.title', { round: round.name })}</h1>
      <DashboardNav current="/dashboards/free-text" role={actor.role} query={query} tr={tr} />
      <FreeTextFilters action="/dashboards/free-text" values={filters} options={view.options}>
        <label>
          {tr('dashboards.filters.round')}
          <select name="round" defaultValue={round.slug}>
            <RoundOptions rounds={selection.rounds} />
          </select>
        </label>
      </FreeTextFilters>
      <p>{tr('freeText.intro', { min: round.minGroupSize })}</p>
      {filters.organisationKind && (!filters.questionId || filters.questionId === 'comment') && (
        <p>{tr('freeText.kindLeavesOutComment')}</p>
      )}
      {view.questions.map(({ questionId, shown }) => (
        <section key={questionId} aria-labelledby={`q-${questionId}`}>
          <h2 id={`q-${questionId}`}>{tr(`dashboards.freeText.question.${questionId}`)}</h2>
          {shown === null ? (
            <p>
              <Suppressed tr={tr} />
            </p>
          ) : shown.total === 0 ? (
            <p>{tr('freeText.noMatch', { search: filters.search ?? '' })}</p>
          ) : (
            <>
              <p>{tr('freeText.shown', { count: shown.total })}</p>
              <FreeTextAnswerList answers={shown.answers} tr={tr} />
              {filters.questionId ? (
                <FreeTextPages
                  page={page}
                  total={shown.total}
                  pageSize={FREE_TEXT_PAGE_SIZE}
                  href={(pageNo) => href({}, pageNo)}
                  tr={tr}
                />
              ) : (
                shown.total > shown.answers.length && (
                  <p>
                    <Link href={href({ questionId })}>{tr('freeText.showAll', { count: shown.total })}</Link>
                  </p>
                )
              )}
            </>
          )}
        </section>
      ))}
      <section className="dashboard-downloads" aria-labelledby="free-text-downloads">
        <h2 id="free-text-downloads">{tr('freeText.download.title')}</h2>
        <p>{tr('freeText.download.note')}</p>
        <ul className="export-links">
          <li>
            <a href={download('csv-semicolon')}>{tr('report.format.csvSemicolon')}</a>
          </li>
          <li>
            <a href={download('csv')}>{tr('report.format.csv')}</a>
          </li>
        </ul>
      </section>
    </div>
  );
}
