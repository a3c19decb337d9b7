'use client';
// Enrolling a tablet: the link comes back once, shown here to open on the tablet (it is stored nowhere).
import { startTransition, useActionState, useId } from 'react';
import type { Result } from '@/lib/result';
import { enrolKioskAction } from './actions';

type Texts = { label: string; labelHint: string; enrol: string; enrolled: string; link: string; errors: Record<string, string> };

export function EnrolForm({ channelId, heading, texts }: { channelId: number; heading: string; texts: Texts }) {
  const [result, action, pending] = useActionState<Result<{ id: number; path: string }> | null, FormData>(enrolKioskAction, null);
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
          {texts.errors[result.error] ?? result.error}
        </p>
      )}
      <input type="hidden" name="channelId" value={channelId} />
      <div className="field">
        <label htmlFor={`${id}-label`}>{texts.label}</label>
        <p className="hint" id={`${id}-hint`}>
          {texts.labelHint}
        </p>
        {fieldError && (
          <p className="field-error" id={`${id}-error`}>
            {texts.errors[fieldError] ?? fieldError}
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
        {texts.enrol}
      </button>
      {result?.ok && (
        <div role="status">
          <p>{texts.enrolled}</p>
          <label htmlFor={`${id}-link`}>{texts.link}</label>
          <input id={`${id}-link`} className="kiosk-link" type="text" readOnly value={`${window.location.origin}${result.value.path}`} />
        </div>
      )}
    </form>
  );
}
