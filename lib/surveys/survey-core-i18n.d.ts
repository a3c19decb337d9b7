// survey-core ships its translations without type declarations.
declare module 'survey-core/i18n/english' {
  export const englishStrings: Record<string, string>;
}
declare module 'survey-core/i18n/swedish' {
  export const swedishSurveyStrings: Record<string, string>;
}
declare module 'survey-core/i18n/arabic' {
  export const arabicSurveyStrings: Record<string, string>;
}
declare module 'survey-core/i18n/persian' {
  export const persianSurveyStrings: Record<string, string>;
}
declare module 'survey-core/i18n/ukrainian' {
  export const ukrainianSurveyStrings: Record<string, string>;
}
