// Good examples: what the improvement work tried, adopted and learnt, shared with every organisation (step 3 of the
// improvement model). Each links back to its initiative.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db';
import { orNotFound, requirePageActor } from '@/lib/auth/page';
import { getUiLocale } from '@/lib/i18n/server';
import { t, translator } from '@/lib/i18n';
import { listGoodExamples } from '@/lib/platform/good-examples';
import '../platform.css';

export async function generateMetadata(): Promise<Metadata> {
  return { title: t(await getUiLocale(), 'platform.goodExamples') };
}

export default async function GoodExamplesPage() {
  const actor = await requirePageActor();
  const examples = await orNotFound((async () => listGoodExamples(await getDb(), actor))());
  const tr = translator(await getUiLocale());
  return (
    <div className="page">
      <p>
        <Link href="/platform">{tr('platform.back')}</Link>
      </p>
      <h1>{tr('platform.goodExamples')}</h1>
      <p className="lead">{tr('platform.goodExamples.lead')}</p>
      {examples.length === 0 ? (
        <p>{tr('platform.goodExamples.none')}</p>
      ) : (
        examples.map((example) => (
          <article key={example.id} id={`good-example-${example.id}`} aria-labelledby={`good-example-title-${example.id}`}>
            <h2 id={`good-example-title-${example.id}`}>{example.title}</h2>
            <p className="service-meta">
              {example.owners.join(', ')} · {tr('platform.goodExample.publishedOn', { date: example.publishedAt.toISOString().slice(0, 10) })}
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
