// The first page a respondent sees from a channel's link or QR code: choose a language. Plain links, no JS needed.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { findFeedbackChannel } from '@/lib/feedback/channel';
import { offeredLanguages } from '@/lib/feedback/languages';
import { respondentTexts } from '@/lib/feedback/texts';
import { publicPageContext } from '@/lib/page-context';

export const metadata: Metadata = { title: 'Välj språk · Choose language' };

export default async function LanguagePickerPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const channel = await findFeedbackChannel((await publicPageContext()).db, code);
  if (!channel) notFound();
  return (
    <div className="feedback">
      <h1>
        <span lang="sv">Välj språk</span> · <span lang="en">Choose your language</span>
      </h1>
      <ul className="language-picker">
        {offeredLanguages(channel.surveyVersion).map((language) => (
          <li key={language.code}>
            <a
              href={`/f/${code}/${language.code}`}
              lang={language.htmlLang}
              dir={language.dir}
              hrefLang={language.htmlLang}
            >
              {language.nativeName}
              {!language.reviewed && <small>{respondentTexts[language.code].unreviewed}</small>}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
