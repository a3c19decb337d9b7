import { NextResponse } from 'next/server';
import { publicRoute } from '@/lib/auth/guarded';
import { LOCALE_COOKIE, isUiLocale } from '@/lib/i18n';
import { safeLocalPath } from '@/lib/navigation';

/** Sets the UI language and goes back to the page the visitor was on (only ever a page of this site). */
export const GET = publicRoute(async ({ request }) => {
  const url = new URL(request.url);
  const locale = url.searchParams.get('locale');
  const next = safeLocalPath(url.searchParams.get('next'));
  const response = NextResponse.redirect(new URL(next, url.origin), 303);
  if (isUiLocale(locale)) {
    response.cookies.set(LOCALE_COOKIE, locale, {
      path: '/',
      maxAge: 365 * 24 * 3600,
      sameSite: 'lax',
      httpOnly: true,
    });
  }
  return response;
});
