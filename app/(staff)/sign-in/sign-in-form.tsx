'use client';
import { useState } from 'react';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { waitOfError, waitValues } from '@/lib/auth/sign-in-wait';

type Labels = { email: string; password: string; submit: string; failed: string; oidc?: string };

export function SignInForm({ labels, initialError }: { labels: Labels; initialError?: string }) {
  const [error, setError] = useState(initialError);
  const [pending, setPending] = useState(false);
  const t = useTranslations('signIn');

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    const form = new FormData(event.currentTarget);
    const result = await signIn('credentials', {
      email: form.get('email'),
      password: form.get('password'),
      redirect: false,
    });
    setPending(false);
    if (result?.ok && !result.error) {
      // A full load, not a client navigation: the header and every server component must read the new session.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      window.location.assign('/overview');
      return;
    }
    const wait = waitOfError(result?.error);
    setError(wait !== null ? t('throttled', waitValues(wait)) : labels.failed);
  }

  return (
    <>
      {/* POST even before the script has loaded: a plain GET would put the password in the address and the logs. */}
      <form method="post" onSubmit={submit} className="form" noValidate>
        {error && (
          <p role="alert" className="error" id="sign-in-error">
            {error}
          </p>
        )}
        <label htmlFor="email">{labels.email}</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          aria-describedby={error ? 'sign-in-error' : undefined}
        />
        <label htmlFor="password">{labels.password}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
        <button type="submit" className="button" disabled={pending}>
          {labels.submit}
        </button>
      </form>
      {labels.oidc && (
        <p>
          <button
            type="button"
            className="button secondary"
            onClick={() => signIn('oidc', { callbackUrl: '/overview' })}
          >
            {labels.oidc}
          </button>
        </p>
      )}
    </>
  );
}
