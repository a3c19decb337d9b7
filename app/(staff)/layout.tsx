// Root layout of the staff UI: strategists, coordinators and readers, in the UI language (Swedish or English),
// with the header. Respondents' pages have root layouts of their own under app/f, without any of this.
import type { Metadata } from 'next';
import { holdsDemoData } from '@/lib/demo/status';
import { t } from '@/lib/i18n';
import { getUiLocale } from '@/lib/i18n/server';
import { optionalPageContext } from '@/lib/page-context';
import { SiteHeader } from '@/app/_components/site-header';
import '@/app/globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await getUiLocale();
  return { title: { default: t(locale, 'app.name'), template: `%s · ${t(locale, 'app.shortName')}` } };
}

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const { actor, db, locale } = await optionalPageContext();
  const demo = await holdsDemoData(db);
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t(locale, 'nav.skipToContent')}
        </a>
        <SiteHeader locale={locale} signedIn={Boolean(actor)} role={actor?.role} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <p>{t(locale, 'app.owner')}</p>
          {demo && <p className="demo-notice">{t(locale, 'footer.demo')}</p>}
        </footer>
      </body>
    </html>
  );
}
