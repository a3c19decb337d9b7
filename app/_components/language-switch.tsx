'use client';
// Plain links to /api/lang, so the switch also works before JavaScript has loaded; it returns to this page.
import { usePathname, useSearchParams } from 'next/navigation';
import type { UiLocale } from '@/lib/i18n';

const names: Record<UiLocale, string> = { sv: 'Svenska', en: 'English' };

export function LanguageSwitch({ current, label }: { current: UiLocale; label: string }) {
  // Never null here: the app's pages are all App Router pages (the null is for the Pages Router, which serves only
  // an API route, pages/api/feedback).
  const pathname = usePathname() ?? '/';
  const search = useSearchParams()?.toString() ?? '';
  const here = search ? `${pathname}?${search}` : pathname;
  return (
    <nav className="language-switch" aria-label={label}>
      <ul>
        {(Object.keys(names) as UiLocale[]).map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="true" lang={locale}>
                {names[locale]}
              </span>
            ) : (
              <a href={`/api/lang?locale=${locale}&next=${encodeURIComponent(here)}`} lang={locale} hrefLang={locale}>
                {names[locale]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
