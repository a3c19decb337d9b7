import Link from 'next/link';
import { Suspense } from 'react';
import type { Role } from '@/lib/auth/actor';
import { t, type UiLocale } from '@/lib/i18n';
import { LanguageSwitch } from './language-switch';
import { SignOutButton } from './sign-out-button';

export function SiteHeader({ locale, signedIn, role }: { locale: UiLocale; signedIn: boolean; role?: Role }) {
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
                <Link href="/rounds">{t(locale, 'rounds.nav')}</Link>
              </li>
              <li>
                <Link href="/platform">{t(locale, 'platform.nav')}</Link>
              </li>
              {role === 'strategist' && (
                <li>
                  <Link href="/organisations">{t(locale, 'organisations.nav')}</Link>
                </li>
              )}
              {(role === 'strategist' || role === 'coordinator') && (
                <li>
                  <Link href="/users">{t(locale, 'users.nav')}</Link>
                </li>
              )}
              {(role === 'strategist' || role === 'coordinator') && (
                <li>
                  <Link href="/kiosk">{t(locale, 'kiosk.nav')}</Link>
                </li>
              )}
              <li>
                <Link href="/improvement">{t(locale, 'improvement.nav')}</Link>
              </li>
              <li>
                <Link href="/decisions">{t(locale, 'decisions.nav')}</Link>
              </li>
              <li>
                <Link href="/account">{t(locale, 'account.nav')}</Link>
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
