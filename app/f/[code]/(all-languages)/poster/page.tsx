// A channel's A4 poster: QR code, the short link, and a one-line invitation in every offered language.
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { findFeedbackChannel } from '@/lib/feedback/channel';
import { offeredLanguages } from '@/lib/feedback/languages';
import { feedbackLink, publicOrigin, qrCodeSvg } from '@/lib/feedback/poster';
import { respondentTexts } from '@/lib/feedback/texts';
import { publicPageContext } from '@/lib/page-context';

export const metadata: Metadata = { title: 'Affisch · Poster' };

export default async function PosterPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const channel = await findFeedbackChannel((await publicPageContext()).db, code);
  if (!channel) notFound();
  const link = feedbackLink(publicOrigin(await headers()), code);
  const svg = await qrCodeSvg(link);
  const languages = offeredLanguages(channel.surveyVersion);
  return (
    <div className="poster">
      <h1 lang="sv">{respondentTexts.sv.invitation}</h1>
      <ul className="poster-invitations">
        {languages
          .filter((language) => language.code !== 'sv')
          .map((language) => (
            <li key={language.code} lang={language.htmlLang} dir={language.dir}>
              {respondentTexts[language.code].invitation}
            </li>
          ))}
      </ul>
      {/* Our own generated SVG, never respondent text. */}
      <div className="poster-qr" role="img" aria-label={link} dangerouslySetInnerHTML={{ __html: svg }} />
      <p className="poster-link">{link}</p>
      <p className="poster-print-hint" lang="sv">
        Skriv ut sidan på A4 (Ctrl+P). <span lang="en">Print this page on A4.</span>
      </p>
    </div>
  );
}
