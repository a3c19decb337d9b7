'use client';
// Makes links and saves them straight to a file: the links exist only in this download, never on the page.
import { useId, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useMessageText } from '@/app/_components/action-form';

export function InvitationMaker({
  roundId,
  organisations,
}: {
  roundId: number;
  /** One choice for a coordinator (their own organisation), all for a strategist. */
  organisations: { id: number; name: string }[];
}) {
  const t = useTranslations('invitations');
  const text = useMessageText();
  const router = useRouter();
  const id = useId();
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [fieldError, setFieldError] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setMessage(null);
    setFieldError({});
    const form = new FormData(event.currentTarget);
    const body = { organisationId: form.get('organisationId'), count: form.get('count') };
    try {
      const response = await fetch(`/api/rounds/${roundId}/invitations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (response.headers.get('content-type')?.startsWith('text/csv')) {
        const blob = await response.blob();
        const name =
          /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'invitations.csv';
        const link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        link.download = name;
        link.click();
        URL.revokeObjectURL(link.href);
        setMessage({ error: false, text: t('made', { count: Number(body.count) }) });
        router.refresh();
        return;
      }
      const result = (await response.json()) as { error: string; fieldErrors?: Record<string, string> };
      setMessage({ error: true, text: text(result.error, 'guard.unexpected') });
      setFieldError(
        Object.fromEntries(Object.entries(result.fieldErrors ?? {}).map(([field, key]) => [field, text(key)])),
      );
    } catch {
      setMessage({ error: true, text: text('guard.unexpected') });
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error' : undefined}>
          {message.text}
        </p>
      )}
      <label htmlFor={`${id}-organisation`}>{t('organisation')}</label>
      {fieldError.organisationId && (
        <p className="field-error" id={`${id}-organisation-error`}>
          {fieldError.organisationId}
        </p>
      )}
      <select
        id={`${id}-organisation`}
        name="organisationId"
        aria-describedby={fieldError.organisationId ? `${id}-organisation-error` : undefined}
      >
        {organisations.map((organisation) => (
          <option key={organisation.id} value={organisation.id}>
            {organisation.name}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-count`}>{t('count')}</label>
      <p className="hint" id={`${id}-count-hint`}>
        {t('countHint')}
      </p>
      {fieldError.count && (
        <p className="field-error" id={`${id}-count-error`}>
          {fieldError.count}
        </p>
      )}
      <input
        id={`${id}-count`}
        name="count"
        type="number"
        min={1}
        max={500}
        defaultValue={10}
        aria-invalid={fieldError.count ? true : undefined}
        aria-describedby={[`${id}-count-hint`, fieldError.count && `${id}-count-error`].filter(Boolean).join(' ')}
      />
      <button type="submit" className="button" disabled={pending}>
        {t('submit')}
      </button>
    </form>
  );
}
