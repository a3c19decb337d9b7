// The public page of support has a root layout of its own, like the respondents' pages: nothing of the staff UI,
// no session, and the document in the page's language (Swedish, or English for the other respondent languages).
import { RespondentDocument } from '@/app/f/_components/respondent-document';
import { publicPageLanguage } from '@/lib/platform/public-page';

export default async function SupportLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  return (
    <RespondentDocument lang={publicPageLanguage(locale)} dir="ltr">
      {children}
    </RespondentDocument>
  );
}
