// Good examples: what the improvement work tried, adopted and learnt, shared with every organisation (step 3 of the
// improvement model). Each links back to its initiative.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { orNotFound, requirePageContext } from '@/lib/page-context';
import { listGoodExamples } from '@/lib/platform/good-examples';
import '../platform.css';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())('platform.goodExamples.label') };
}

export default async function GoodExamplesPage() {
  const { actor, db } = await requirePageContext();
  const examples = await orNotFound((async () => listGoodExamples(db, actor))());
  const tr = await getTranslations();
  return (
    <div className="page">
      <p>
        <Link href="/platform">{tr('platform.back')}</Link>
      </p>
      <h1>{tr('platform.goodExamples.label')}</h1>
      <p className="lead">{tr('platform.goodExamples.lead')}</p>
      {examples.length === 0 ? (
        <p>{tr('platform.goodExamples.none')}</p>
      ) : (
        examples.map((example) => (
          <article
            key={example.id}
            id={`good-example-${example.id}`}
            aria-labelledby={`good-example-title-${example.id}`}
          >
            <h2 id={`good-example-title-${example.id}`}>{example.title}</h2>
            <p className="service-meta">
              {example.owners.join(', ')} ·{' '}
              {tr('platform.goodExample.publishedOn', { date: example.publishedAt.toISOString().slice(0, 10) })}
            </p>
            <dl className="facts">
              <dt>{tr('platform.goodExample.whatWasDone')}</dt>
              <dd className="prewrap">{example.whatWasDone}</dd>
              <dt>{tr('platform.goodExample.whatWasLearnt')}</dt>
              <dd className="prewrap">{example.whatWasLearnt}</dd>
              <dt>{tr('platform.goodExample.owners')}</dt>
              <dd>{example.owners.join(', ')}</dd>
              <dt>{tr('platform.goodExample.initiative')}</dt>
              <dd>
                <Link href={`/improvement/${example.initiativeId}`}>{example.initiativeTitle}</Link>
              </dd>
            </dl>
          </article>
        ))
      )}
    </div>
  );
}
