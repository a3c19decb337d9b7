import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getUiLocale } from '@/lib/i18n/server';
import { t, translator } from '@/lib/i18n';
import { getActor } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { SignInForm } from './sign-in-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: t(await getUiLocale(), 'signIn.title') };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string; passwordChanged?: string }> }) {
  if (await getActor()) redirect('/overview');
  const tr = translator(await getUiLocale());
  const { error, passwordChanged } = await searchParams;
  const { OIDC_ISSUER, OIDC_NAME } = env();
  const initialError = error === 'throttled' ? tr('signIn.throttled') : error ? tr('signIn.failed') : undefined;
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
          throttled: tr('signIn.throttled'),
          oidc: OIDC_ISSUER ? tr('signIn.oidc', { provider: OIDC_NAME }) : undefined,
        }}
        initialError={initialError}
      />
    </div>
  );
}
