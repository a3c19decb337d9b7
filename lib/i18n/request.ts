// next-intl's request configuration (wired in next.config.js): the staff UI's locale comes from the `lang` cookie,
// then the browser's first language, never from the address. Respondents' pages under app/f, app/k and app/support
// keep their own texts with the survey definitions and do not read this.
import { getRequestConfig } from 'next-intl/server';
import { uiTimeZone } from './index';
import { messages } from './messages';
import { getUiLocale } from './server';

export default getRequestConfig(async () => {
  const locale = await getUiLocale();
  return { locale, messages: messages[locale], timeZone: uiTimeZone };
});
