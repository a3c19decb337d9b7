import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { optionalPageContext } from '@/lib/page-context';
import { waitOfError, waitValues } from '@/lib/auth/sign-in-wait';
import { env } from '@/lib/env';
import { SignInForm } from './sign-in-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())('signIn.title') };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ error?: string; passwordChanged?: string }>;
}) {
  if ((await optionalPageContext()).actor) redirect('/overview');
  const tr = await getTranslations();
  const { error, passwordChanged } = await searchParams;
  const { OIDC_ISSUER, OIDC_NAME } = env();
  const waitSeconds = waitOfError(error);
  const initialError =
    waitSeconds !== null ? tr('signIn.throttled', waitValues(waitSeconds)) : error ? tr('signIn.failed') : undefined;
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
          oidc: OIDC_ISSUER ? tr('signIn.oidc', { provider: OIDC_NAME }) : undefined,
        }}
        initialError={initialError}
      />
    </div>
  );
}
