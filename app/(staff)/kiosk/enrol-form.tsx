'use client';
// Enrolling a tablet: the link comes back once, shown here to open on the tablet (it is stored nowhere).
import { startTransition, useActionState, useId } from 'react';
import type { Result } from '@/lib/result';
import { useTranslations } from 'next-intl';
import { useMessageText } from '@/app/_components/action-form';
import { enrolKioskAction } from './actions';

export function EnrolForm({ channelId, heading }: { channelId: number; heading: string }) {
  const t = useTranslations('kiosk');
  const text = useMessageText();
  const [result, action, pending] = useActionState<Result<{ id: number; path: string }> | null, FormData>(
    enrolKioskAction,
    null,
  );
  const id = useId();
  const fieldError = result && !result.ok ? result.fieldErrors?.label : undefined;
  return (
    <form
      className="form"
      action={action}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => action(data));
      }}
      noValidate
      aria-label={heading}
    >
      {result && !result.ok && (
        <p role="alert" className="error">
          {text(result.error)}
        </p>
      )}
      <input type="hidden" name="channelId" value={channelId} />
      <div className="field">
        <label htmlFor={`${id}-label`}>{t('label')}</label>
        <p className="hint" id={`${id}-hint`}>
          {t('labelHint')}
        </p>
        {fieldError && (
          <p className="field-error" id={`${id}-error`}>
            {text(fieldError)}
          </p>
        )}
        <input
          id={`${id}-label`}
          name="label"
          type="text"
          required
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={[`${id}-hint`, fieldError && `${id}-error`].filter(Boolean).join(' ')}
        />
      </div>
      <button type="submit" className="button" disabled={pending}>
        {t('enrol')}
      </button>
      {result?.ok && (
        <div role="status">
          <p>{t('enrolled')}</p>
          <label htmlFor={`${id}-link`}>{t('link')}</label>
          <input
            id={`${id}-link`}
            className="kiosk-link"
            type="text"
            readOnly
            value={`${window.location.origin}${result.value.path}`}
          />
        </div>
      )}
    </form>
  );
}
