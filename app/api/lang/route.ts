import { NextResponse, type NextRequest } from 'next/server';
import { LOCALE_COOKIE, isUiLocale } from '@/lib/i18n';
import { safeLocalPath } from '@/lib/navigation';

/** Sets the UI language and goes back to the page the visitor was on (only ever a page of this site). */
export function GET(request: NextRequest) {
  const locale = request.nextUrl.searchParams.get('locale');
  const next = safeLocalPath(request.nextUrl.searchParams.get('next'));
  const response = NextResponse.redirect(new URL(next, request.nextUrl.origin), 303);
  if (isUiLocale(locale)) {
    response.cookies.set(LOCALE_COOKIE, locale, { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'lax', httpOnly: true });
  }
  return response;
}
