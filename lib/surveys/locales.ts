// SurveyJS's own texts (buttons, "response required", progress) in every survey language. Importing the shipped
// translations registers sv, ar (rtl), fa (rtl) and uk; Dari, Tigrinya, Somali and Easy Swedish are not shipped, so
// they are set up here. Our survey JSON translates its button texts itself; these cover the rest.
import { setupLocale } from 'survey-core';
import { englishStrings } from 'survey-core/i18n/english';
import { persianSurveyStrings } from 'survey-core/i18n/persian';
import { swedishSurveyStrings } from 'survey-core/i18n/swedish';
import 'survey-core/i18n/arabic';
import 'survey-core/i18n/ukrainian';

setupLocale({
  localeCode: 'prs',
  strings: { ...persianSurveyStrings, requiredError: 'جواب ضروری است.', otherItemText: 'دیگر (توضیح دهید)' },
  nativeName: 'دری',
  englishName: 'Dari',
  rtl: true,
});
setupLocale({
  localeCode: 'ti',
  strings: {
    ...englishStrings,
    pagePrevText: 'ዝሓለፈ',
    pageNextText: 'ዝቕጽል',
    completeText: 'ስደድ',
    requiredError: 'መልሲ የድሊ።',
    progressText: 'ገጽ {0} ካብ {1}',
    textMaxLength: 'በጃኹም ካብ {0} ፊደላት ኣይትበዝሑ።',
  },
  nativeName: 'ትግርኛ',
  englishName: 'Tigrinya',
});
setupLocale({
  localeCode: 'so',
  strings: {
    ...englishStrings,
    pagePrevText: 'Hore',
    pageNextText: 'Xiga',
    completeText: 'Dir',
    requiredError: 'Jawaab ayaa loo baahan yahay.',
    progressText: 'Bogga {0} ee {1}',
    textMaxLength: 'Fadlan ha ka badin {0} xaraf.',
  },
  nativeName: 'Soomaali',
  englishName: 'Somali',
});
setupLocale({
  localeCode: 'sv-easy',
  strings: { ...swedishSurveyStrings, requiredError: 'Du måste svara på frågan.' },
  nativeName: 'Lätt svenska',
  englishName: 'Easy Swedish',
});

export const surveyLocalesRegistered = true;
