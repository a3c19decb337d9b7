// Step 3 shares: an adopted test of change, or a finished initiative, published as a good example on the platform.
// Readers see where it was published; those who may edit the initiative see the form until it is.
import Link from 'next/link';
import { ActionForm, Field, Hidden } from '@/app/_components/action-form';
import { translator, type UiLocale } from '@/lib/i18n';
import type { GoodExampleView } from '@/lib/platform/good-examples';
import { publishGoodExampleAction } from '../../platform/actions';

export function GoodExample({
  initiativeId,
  changeTestId,
  published,
  draft,
  canPublish,
  summary,
  locale,
}: {
  initiativeId: number;
  changeTestId?: number;
  published: GoodExampleView | undefined;
  draft: { title: string; whatWasDone: string; whatWasLearnt: string };
  canPublish: boolean;
  /** What the form's opener says: which idea, or the whole initiative. */
  summary: string;
  locale: UiLocale;
}) {
  const tr = translator(locale);
  if (published) {
    return (
      <p>
        <Link href={`/platform/examples#good-example-${published.id}`}>
          {tr('platform.goodExample.isPublished', { title: published.title })}
        </Link>
      </p>
    );
  }
  if (!canPublish) return null;
  return (
    <details>
      <summary>{summary}</summary>
      <ActionForm
        action={publishGoodExampleAction}
        submitLabel={tr('platform.goodExample.publish')}
        success={tr('platform.goodExample.publishedNow')}
      >
        <Hidden name="initiativeId" value={initiativeId} />
        {changeTestId !== undefined && <Hidden name="changeTestId" value={changeTestId} />}
        <Field name="title" label={tr('platform.goodExample.title')} defaultValue={draft.title} required />
        <Field
          name="whatWasDone"
          label={tr('platform.goodExample.whatWasDone')}
          type="textarea"
          defaultValue={draft.whatWasDone}
          required
        />
        <Field
          name="whatWasLearnt"
          label={tr('platform.goodExample.whatWasLearnt')}
          type="textarea"
          defaultValue={draft.whatWasLearnt}
          required
        />
      </ActionForm>
    </details>
  );
}
