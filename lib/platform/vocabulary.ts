// The platform's fixed word lists: the strategy's target groups, Halland's municipalities, the languages a service
// can be offered in (ISO 639-3), and the kinds of support the taxonomy starts with. One place for each.
import type { SurveyLocale } from '@/surveys/types';

/** The strategy's six target groups, declared once for the platform and the improvement model. */
export { strategyTargetGroups as targetGroups, type StrategyTargetGroup as TargetGroup } from '@/lib/target-groups';

export const municipalities = ['halmstad', 'laholm', 'hylte', 'falkenberg', 'varberg', 'kungsbacka'] as const;
export type Municipality = (typeof municipalities)[number];
export const municipalityNames: Record<Municipality, string> = {
  halmstad: 'Halmstad',
  laholm: 'Laholm',
  hylte: 'Hylte',
  falkenberg: 'Falkenberg',
  varberg: 'Varberg',
  kungsbacka: 'Kungsbacka',
};

/** Languages common in Swedish reception, as ISO 639-3 codes (HSDS `languages.code`), named in Swedish and English. */
export const serviceLanguageCodes = {
  swe: { sv: 'svenska', en: 'Swedish' },
  eng: { sv: 'engelska', en: 'English' },
  ara: { sv: 'arabiska', en: 'Arabic' },
  fas: { sv: 'persiska', en: 'Persian' },
  prs: { sv: 'dari', en: 'Dari' },
  tir: { sv: 'tigrinja', en: 'Tigrinya' },
  som: { sv: 'somaliska', en: 'Somali' },
  ukr: { sv: 'ukrainska', en: 'Ukrainian' },
  kmr: { sv: 'kurmanji (nordkurdiska)', en: 'Kurmanji (Northern Kurdish)' },
  ckb: { sv: 'sorani (centralkurdiska)', en: 'Sorani (Central Kurdish)' },
  pus: { sv: 'pashto', en: 'Pashto' },
  rus: { sv: 'ryska', en: 'Russian' },
  bos: { sv: 'bosniska', en: 'Bosnian' },
  fra: { sv: 'franska', en: 'French' },
  spa: { sv: 'spanska', en: 'Spanish' },
} as const;
export type ServiceLanguageCode = keyof typeof serviceLanguageCodes;
export const languageCodes = Object.keys(serviceLanguageCodes) as ServiceLanguageCode[];

export function isServiceLanguageCode(value: string): value is ServiceLanguageCode {
  return value in serviceLanguageCodes;
}

/**
 * The kinds of support the strategy names ("stressreducerande aktiviteter, psykologisk första hjälpen och sociala
 * nätverk/mötesplatser", "föräldrastöd"), plus health talks and information. Names in every respondent language:
 * the public page shows them in the visitor's language. Translations other than Swedish are unreviewed drafts
 * (listed in surveys/translations-review.json as "platform-texts").
 */
export const seededCategories: { code: string; names: Record<SurveyLocale, string> }[] = [
  {
    code: 'stress-reducing',
    names: {
      sv: 'Stressreducerande aktiviteter',
      'sv-easy': 'Aktiviteter mot stress',
      en: 'Stress-reducing activities',
      ar: 'أنشطة للتخفيف من التوتر',
      fa: 'فعالیت‌های کاهش استرس',
      prs: 'فعالیت‌های کاهش فشار روانی',
      ti: 'ጭንቀት ዘጉድሉ ንጥፈታት',
      so: 'Hawlo yareeya walaaca',
      uk: 'Заходи для зменшення стресу',
    },
  },
  {
    code: 'psychological-first-aid',
    names: {
      sv: 'Psykologisk första hjälpen',
      'sv-easy': 'Första hjälpen när man mår dåligt',
      en: 'Psychological first aid',
      ar: 'الإسعافات الأولية النفسية',
      fa: 'کمک‌های اولیه روانی',
      prs: 'کمک‌های اولیه روانی',
      ti: 'ቀዳማይ ረድኤት ስነ-ኣእምሮ',
      so: 'Gargaarka degdegga ah ee nafsiga',
      uk: 'Перша психологічна допомога',
    },
  },
  {
    code: 'meeting-places',
    names: {
      sv: 'Mötesplatser och sociala nätverk',
      'sv-easy': 'Platser att träffa andra',
      en: 'Meeting places and social networks',
      ar: 'أماكن للقاء وشبكات اجتماعية',
      fa: 'مکان‌های دیدار و شبکه‌های اجتماعی',
      prs: 'محل‌های دیدار و شبکه‌های اجتماعی',
      ti: 'ቦታታት ርክብን ማሕበራዊ መርበባትን',
      so: 'Goobaha kulanka iyo shabakadaha bulshada',
      uk: 'Місця зустрічей і соціальні мережі',
    },
  },
  {
    code: 'parental-support',
    names: {
      sv: 'Föräldrastöd',
      'sv-easy': 'Stöd till föräldrar',
      en: 'Parental support',
      ar: 'دعم الوالدين',
      fa: 'حمایت از والدین',
      prs: 'حمایت از والدین',
      ti: 'ደገፍ ንወለዲ',
      so: 'Taageerada waalidiinta',
      uk: 'Підтримка батьків',
    },
  },
  {
    code: 'health-talks',
    names: {
      sv: 'Hälsosamtal',
      'sv-easy': 'Samtal om hälsa',
      en: 'Health talks',
      ar: 'محادثات صحية',
      fa: 'گفتگوهای سلامت',
      prs: 'گفتگوهای صحی',
      ti: 'ዝርርብ ጥዕና',
      so: 'Wadahadallo caafimaad',
      uk: 'Розмови про здоров’я',
    },
  },
  {
    code: 'information-orientation',
    names: {
      sv: 'Information och samhällsorientering',
      'sv-easy': 'Information om samhället',
      en: 'Information and orientation',
      ar: 'معلومات وتوجيه',
      fa: 'اطلاعات و راهنمایی',
      prs: 'معلومات و رهنمایی',
      ti: 'ሓበሬታን መምርሕን',
      so: 'Macluumaad iyo hanuunin',
      uk: 'Інформація та орієнтація',
    },
  },
];

/** A category's name in a language, falling back to English and then Swedish (a strategist's new category may have only those). */
export function categoryName(names: Record<string, string>, locale: string): string {
  return names[locale] || names.en || names.sv || '';
}
