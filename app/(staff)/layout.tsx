// Root layout of the staff UI: strategists, coordinators and readers, in the UI language (Swedish or English),
// with the header. Respondents' pages have root layouts of their own under app/f, without any of this.
import type { Metadata } from 'next';
import { getDb } from '@/db';
import { getActor } from '@/lib/auth/session';
import { holdsDemoData } from '@/lib/demo/status';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { clientMessages } from '@/lib/i18n/client-messages';
import { getUiLocale } from '@/lib/i18n/server';
import { SiteHeader } from '@/app/_components/site-header';
import '@/app/globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: { default: t('app.name'), template: `%s · ${t('app.shortName')}` } };
}

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const [locale, actor, demo] = await Promise.all([getUiLocale(), getActor(), getDb().then(holdsDemoData)]);
  const t = await getTranslations();
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t('nav.skipToContent')}
        </a>
        <SiteHeader locale={locale} signedIn={Boolean(actor)} role={actor?.role} />
        <main id="main" tabIndex={-1}>
          <NextIntlClientProvider messages={clientMessages(locale)}>{children}</NextIntlClientProvider>
        </main>
        <footer className="site-footer">
          <p>{t('app.owner')}</p>
          {demo && <p className="demo-notice">{t('footer.demo')}</p>}
        </footer>
      </body>
    </html>
  );
}
