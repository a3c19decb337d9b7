// Reads the visitor's UI language in a server component or route.
import { cookies, headers } from 'next/headers';
import { LOCALE_COOKIE, resolveUiLocale, type UiLocale } from './index';

export async function getUiLocale(): Promise<UiLocale> {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  return resolveUiLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerList.get('accept-language'));
}
