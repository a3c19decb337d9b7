import { getTranslations } from 'next-intl/server';
import { languageInfo } from '@/lib/i18n/locales';
import './preview.css';
import type { SurveyPreview } from '@/lib/rounds/preview';

/** On the round's page: each survey of the round in each of its languages, to look through before opening. */
export async function PreviewLinks({ roundId, surveys }: { roundId: number; surveys: SurveyPreview[] }) {
  if (surveys.length === 0) return null;
  const tr = await getTranslations();
  return (
    <section aria-labelledby="preview">
      <h2 id="preview">{tr('preview.linksTitle')}</h2>
      <p>{tr('preview.linksExplained')}</p>
      <ul>
        {surveys.map((survey) => (
          <li key={survey.surveyKey}>
            {tr('preview.linksFor', { survey: tr(`rounds.survey.${survey.surveyKey}`), version: survey.version })}
            <ul className="preview-languages">
              {survey.languages.map((code) => {
                const language = languageInfo(code);
                return (
                  <li key={code}>
                    <a
                      href={`/rounds/${roundId}/preview/${survey.surveyKey}/${code}`}
                      lang={language.htmlLang}
                      dir={language.dir}
                    >
                      {language.nativeName}
                    </a>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
