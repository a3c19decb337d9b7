// The survey and the thank-you page in the language the respondent chose: the whole document says so, so screen
// readers, fonts, line breaking and scroll bars follow it (right to left for Arabic, Persian and Dari).
import { RespondentDocument } from '@/app/f/_components/respondent-document';
import { RespondentTools } from '@/app/f/_components/respondent-tools';
import { surveyLanguages } from '@/lib/i18n/locales';

export default async function InLanguageLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ code: string; locale: string }>;
}) {
  const { code, locale } = await params;
  // An unknown language gets this folder's not-found page, in every language.
  const language = surveyLanguages.find((candidate) => candidate.code === locale) ?? {
    code: null,
    htmlLang: 'sv',
    dir: 'ltr' as const,
  };
  return (
    <RespondentDocument lang={language.htmlLang} dir={language.dir}>
      {children}
      {/* Offline queue status and kiosk mode, for a known language only (an unknown one is this folder's 404). */}
      {language.code && (
        <div lang={language.htmlLang} dir={language.dir}>
          <RespondentTools code={code} locale={language.code} />
        </div>
      )}
    </RespondentDocument>
  );
}
