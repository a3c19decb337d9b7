// Root layout of the staff UI: strategists, coordinators and readers, in the UI language (Swedish or English),
// with the header. Respondents' pages have root layouts of their own under app/f, without any of this.
import type { Metadata } from 'next';
import { holdsDemoData } from '@/lib/demo/status';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { clientMessages } from '@/lib/i18n/client-messages';
import { optionalPageContext } from '@/lib/page-context';
import { SiteHeader } from '@/app/_components/site-header';
import '@/app/globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: { default: t('app.name'), template: `%s · ${t('app.shortName')}` } };
}

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const { actor, db, locale } = await optionalPageContext();
  const demo = await holdsDemoData(db);
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
