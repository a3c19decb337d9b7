'use client';
// A form for a guarded server action: shows the action's error and each field's error beside the field.
import { createContext, startTransition, useActionState, useContext, useEffect, useId, useRef } from 'react';
import type { Result } from '@/lib/result';
import { useTranslations } from 'next-intl';
import type { MessageKey } from '@/lib/i18n';

type State = { result: Result<unknown> | null };
const FormState = createContext<State>({ result: null });

/** The text of a message key an action or route returned (keys arrive as data); an unknown key gives `fallback`'s
 * text, or the key itself. */
export function useMessageText(): (key: string, fallback?: MessageKey) => string {
  const t = useTranslations();
  return (key, fallback) => (t.has(key as MessageKey) ? t(key as MessageKey) : fallback ? t(fallback) : key);
}

export function ActionForm<T>({
  action,
  submitLabel,
  success,
  children,
  inline = false,
  destructive = false,
}: {
  action: (previous: Result<T> | null, formData: FormData) => Promise<Result<T>>;
  submitLabel: string;
  success?: string;
  children?: React.ReactNode;
  inline?: boolean;
  /** An act that cannot be undone: its button is drawn apart from the page's ordinary actions. */
  destructive?: boolean;
}) {
  const [result, formAction, pending] = useActionState<Result<T> | null, FormData>(action, null);
  const text = useMessageText();
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (result?.ok) form.current?.reset();
  }, [result]);
  // React resets a form after its action runs; submitting by hand keeps what was typed when the action refuses it.
  // Without JavaScript the form still posts to the action.
  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }
  return (
    <FormState.Provider value={{ result }}>
      <form ref={form} action={formAction} onSubmit={submit} className={inline ? 'inline-form' : 'form'} noValidate>
        {result && !result.ok && (
          <p role="alert" className="error">
            {text(result.error)}
          </p>
        )}
        {result?.ok && success && <p role="status">{success}</p>}
        {children}
        <button
          type="submit"
          className={destructive ? 'button danger' : inline ? 'button secondary' : 'button'}
          disabled={pending}
        >
          {submitLabel}
        </button>
      </form>
    </FormState.Provider>
  );
}

type FieldProps = {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'number' | 'date' | 'checkbox' | 'textarea' | 'select';
  defaultValue?: string | number | null;
  defaultChecked?: boolean;
  options?: { value: string; label: string }[];
  hint?: string;
  required?: boolean;
  autoComplete?: string;
  /** A checkbox's value when checked. */
  value?: string;
};

export function Field({
  name,
  label,
  type = 'text',
  defaultValue,
  defaultChecked,
  options,
  hint,
  required,
  autoComplete,
  value: checkedValue,
}: FieldProps) {
  const { result } = useContext(FormState);
  const text = useMessageText();
  const id = useId();
  const errorKey = result && !result.ok ? result.fieldErrors?.[name] : undefined;
  const describedBy = [hint && `${id}-hint`, errorKey && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name,
    required,
    'aria-invalid': errorKey ? true : undefined,
    'aria-describedby': describedBy,
  } as const;
  const value = defaultValue ?? undefined;
  return (
    <div className={type === 'checkbox' ? 'field checkbox' : 'field'}>
      {type === 'checkbox' ? (
        <>
          <input type="checkbox" {...common} defaultChecked={defaultChecked} value={checkedValue} />
          <label htmlFor={id}>{label}</label>
        </>
      ) : (
        <label htmlFor={id}>{label}</label>
      )}
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {errorKey && (
        <p className="field-error" id={`${id}-error`}>
          {text(errorKey)}
        </p>
      )}
      {type === 'textarea' && <textarea {...common} defaultValue={value ?? ''} rows={3} />}
      {type === 'select' && (
        <select {...common} defaultValue={value === undefined ? '' : String(value)}>
          {options?.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
      {type !== 'checkbox' && type !== 'textarea' && type !== 'select' && (
        <input type={type} {...common} defaultValue={value ?? ''} autoComplete={autoComplete} />
      )}
    </div>
  );
}

export function Hidden({ name, value }: { name: string; value: string | number }) {
  return <input type="hidden" name={name} value={value} />;
}

/** A group of fields answered together (checkboxes of one name, a grid of selects): one legend, one error. */
export function Fieldset({
  name,
  legend,
  hint,
  children,
}: {
  name: string;
  legend: string;
  hint?: string;
  children: React.ReactNode;
}) {
  const { result } = useContext(FormState);
  const text = useMessageText();
  const id = useId();
  const errorKey = result && !result.ok ? result.fieldErrors?.[name] : undefined;
  return (
    <fieldset
      aria-describedby={[hint && `${id}-hint`, errorKey && `${id}-error`].filter(Boolean).join(' ') || undefined}
    >
      <legend>{legend}</legend>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {errorKey && (
        <p className="field-error" id={`${id}-error`}>
          {text(errorKey)}
        </p>
      )}
      {children}
    </fieldset>
  );
}

/** Checkboxes sharing one name: the form sends each checked value. */
export function ChoiceGroup({
  name,
  legend,
  hint,
  options,
  defaultValues = [],
}: {
  name: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
  defaultValues?: string[];
}) {
  const id = useId();
  return (
    <Fieldset name={name} legend={legend} hint={hint}>
      {options.map((option, index) => (
        <div className="field checkbox" key={option.value}>
          <input
            type="checkbox"
            id={`${id}-${index}`}
            name={name}
            value={option.value}
            defaultChecked={defaultValues.includes(option.value)}
          />
          <label htmlFor={`${id}-${index}`}>{option.label}</label>
        </div>
      ))}
    </Fieldset>
  );
}
