import Link from 'next/link';
import { Suspense } from 'react';
import type { Role } from '@/lib/auth/actor';
import { translator, type UiLocale } from '@/lib/i18n';
import { HeaderMenu } from './header-menu';
import { LanguageSwitch } from './language-switch';
import { SignOutButton } from './sign-out-button';

export function SiteHeader({ locale, signedIn, role }: { locale: UiLocale; signedIn: boolean; role?: Role }) {
  const t = translator(locale);
  return (
    <header className="site-header">
      <Link href="/" className="site-name">
        {t('app.shortName')}
      </Link>
      <HeaderMenu label={t('nav.menu')} id="site-menu">
        <nav aria-label={t('nav.main')}>
          <ul>
            {signedIn ? (
              <>
                <li>
                  <Link href="/overview">{t('nav.overview')}</Link>
                </li>
                <li>
                  <Link href="/dashboards">{t('nav.dashboards')}</Link>
                </li>
                <li>
                  <Link href="/rounds">{t('rounds.nav')}</Link>
                </li>
                <li>
                  <Link href="/platform">{t('platform.nav')}</Link>
                </li>
                {role === 'strategist' && (
                  <li>
                    <Link href="/organisations">{t('organisations.nav')}</Link>
                  </li>
                )}
                {role === 'strategist' && (
                  <li>
                    <Link href="/audit">{t('audit.nav')}</Link>
                  </li>
                )}
                {(role === 'strategist' || role === 'coordinator') && (
                  <li>
                    <Link href="/users">{t('users.nav')}</Link>
                  </li>
                )}
                {(role === 'strategist' || role === 'coordinator') && (
                  <li>
                    <Link href="/kiosk">{t('kiosk.nav')}</Link>
                  </li>
                )}
                <li>
                  <Link href="/improvement">{t('improvement.nav')}</Link>
                </li>
                <li>
                  <Link href="/decisions">{t('decisions.nav')}</Link>
                </li>
                <li>
                  <Link href="/account">{t('account.nav')}</Link>
                </li>
                <li>
                  <SignOutButton label={t('nav.signOut')} />
                </li>
              </>
            ) : (
              <li>
                <Link href="/sign-in">{t('nav.signIn')}</Link>
              </li>
            )}
          </ul>
        </nav>
        <Suspense>
          <LanguageSwitch current={locale} label={t('nav.language')} />
        </Suspense>
      </HeaderMenu>
    </header>
  );
}
