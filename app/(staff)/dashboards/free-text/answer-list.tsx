import Link from 'next/link';
import type { FreeTextAnswer } from '@/lib/analytics/free-text';
import { surveyLanguages } from '@/lib/i18n/locales';
import type { Translate } from '../_components/figures';

/**
 * Each answer under the language it was given in (and, for an actor's, kind of organisation). The text says its
 * language (fonts, line breaking, screen readers) and takes its direction from its own script: an answer in Arabic
 * runs right to left, and one written in Swedish in the Arabic survey still reads left to right.
 */
export function FreeTextAnswerList({ answers, tr }: { answers: FreeTextAnswer[]; tr: Translate }) {
  return (
    <ul className="free-text-answers">
      {answers.map((answer, index) => {
        const language = surveyLanguages.find((candidate) => candidate.code === answer.language);
        return (
          <li key={index}>
            <span className="free-text-tags">
              {language ? tr(`dashboards.language.${language.code}`) : answer.language}
              {answer.kind && ` · ${tr(`dashboards.kind.${answer.kind}`)}`}
            </span>
            <p lang={language?.htmlLang} dir="auto">
              {answer.text}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

/** Previous and next page of one question's answers, and where in the list this page is. */
export function FreeTextPages({
  page,
  total,
  pageSize,
  href,
  tr,
}: {
  page: number;
  total: number;
  pageSize: number;
  href: (page: number) => string;
  tr: Translate;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = Math.min(total, (page - 1) * pageSize + 1);
  const to = Math.min(total, page * pageSize);
  return (
    <nav aria-label={tr('freeText.pages')} className="free-text-pages">
      <span>{tr('freeText.range', { from, to, total })}</span>
      {page > 1 && <Link href={href(Math.min(page - 1, pages))}>{tr('freeText.previous')}</Link>}
      {page < pages && <Link href={href(page + 1)}>{tr('freeText.next')}</Link>}
    </nav>
  );
}
