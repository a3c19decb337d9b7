import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getUiLocale } from '@/lib/i18n/server';
import { t, translator } from '@/lib/i18n';
import { optionalPageContext } from '@/lib/page-context';
import { throttledMessage, waitOfError } from '@/lib/auth/sign-in-wait';
import { env } from '@/lib/env';
import { SignInForm } from './sign-in-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: t(await getUiLocale(), 'signIn.title') };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string; passwordChanged?: string }> }) {
  if ((await optionalPageContext()).actor) redirect('/overview');
  const tr = translator(await getUiLocale());
  const { error, passwordChanged } = await searchParams;
  const { OIDC_ISSUER, OIDC_NAME } = env();
  const wait = {
    throttled: tr('signIn.throttled'),
    second: tr('signIn.waitSecond'),
    seconds: tr('signIn.waitSeconds'),
    minute: tr('signIn.waitMinute'),
    minutes: tr('signIn.waitMinutes'),
  };
  const waitSeconds = waitOfError(error);
  const initialError = waitSeconds !== null ? throttledMessage(wait, waitSeconds) : error ? tr('signIn.failed') : undefined;
  return (
    <div className="page narrow">
      <h1>{tr('signIn.title')}</h1>
      {passwordChanged && <p role="status">{tr('signIn.passwordChanged')}</p>}
      <SignInForm
        labels={{
          email: tr('signIn.email'),
          password: tr('signIn.password'),
          submit: tr('signIn.submit'),
          failed: tr('signIn.failed'),
          wait,
          oidc: OIDC_ISSUER ? tr('signIn.oidc', { provider: OIDC_NAME }) : undefined,
        }}
        initialError={initialError}
      />
    </div>
  );
}
