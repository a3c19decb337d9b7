import Link from 'next/link';
import { Suspense } from 'react';
import { t, type UiLocale } from '@/lib/i18n';
import { LanguageSwitch } from './language-switch';
import { SignOutButton } from './sign-out-button';

export function SiteHeader({ locale, signedIn }: { locale: UiLocale; signedIn: boolean }) {
  return (
    <header className="site-header">
      <Link href="/" className="site-name">
        {t(locale, 'app.shortName')}
      </Link>
      <nav aria-label={t(locale, 'nav.main')}>
        <ul>
          {signedIn ? (
            <>
              <li>
                <Link href="/overview">{t(locale, 'nav.overview')}</Link>
              </li>
              <li>
                <Link href="/dashboards">{t(locale, 'nav.dashboards')}</Link>
              </li>
              <li>
                <SignOutButton label={t(locale, 'nav.signOut')} />
              </li>
            </>
          ) : (
            <li>
              <Link href="/sign-in">{t(locale, 'nav.signIn')}</Link>
            </li>
          )}
        </ul>
      </nav>
      <Suspense>
        <LanguageSwitch current={locale} label={t(locale, 'nav.language')} />
      </Suspense>
    </header>
  );
}
