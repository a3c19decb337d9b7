import { surveyLanguages } from '@/lib/i18n/locales';
import { respondentTexts } from '@/lib/feedback/texts';

/** A respondent's link that leads nowhere (a mistyped code or language): said in every language, each in its own. */
export function LinkNotFound() {
  return (
    <div className="feedback">
      <h1>
        <span lang="sv">Länken finns inte</span> · <span lang="en">This link does not exist</span>
      </h1>
      <ul className="link-not-found">
        {surveyLanguages.map((language) => (
          <li key={language.code} lang={language.htmlLang} dir={language.dir}>
            {respondentTexts[language.code].errors.unknown_channel}
          </li>
        ))}
      </ul>
    </div>
  );
}
