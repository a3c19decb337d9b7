import type { Metadata, Viewport } from 'next';
import { getUiLocale } from '@/lib/i18n/server';
import { t } from '@/lib/i18n';
import { getActor } from '@/lib/auth/session';
import { getDb } from '@/db';
import { holdsDemoData } from '@/lib/demo/status';
import { SiteHeader } from './_components/site-header';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await getUiLocale();
  return { title: { default: t(locale, 'app.name'), template: `%s · ${t(locale, 'app.shortName')}` } };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, actor, demo] = await Promise.all([getUiLocale(), getActor(), getDb().then(holdsDemoData)]);
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
