// What the respondent reads around the survey (picker, closed notice, errors, thank-you page, poster), in every
// survey language. The survey's own questions live in surveys/target-feedback. Only Swedish is written by the team;
// the others are unreviewed drafts, listed in surveys/translations-review.json as "feedback-pages".
import type { SurveyLocale } from '@/surveys/types';

export type FeedbackErrorCode =
  | 'malformed_json'
  | 'too_large'
  | 'invalid_body'
  | 'unknown_channel'
  | 'round_not_open'
  | 'round_closed'
  | 'invalid_answers'
  | 'too_fast'
  | 'rate_limited'
  | 'unavailable'
  | 'kiosk_not_valid';

export type RespondentTexts = {
  errors: Record<FeedbackErrorCode | 'network', string>;
  unreviewed: string;
  sending: string;
  /** "Page {page} of {count}" */
  progress: string;
  /** While the survey's script is still on its way and nothing else can be shown. */
  loading: string;
  /** Next was pressed on the first page and the next page is still on its way. */
  loadingNextPage: string;
  thanksTitle: string;
  thanksSaved: string;
  thanksHelp: string;
  thanksEmergency: string;
  thanksCannotWithdraw: string;
  invitation: string;
  noScript: string;
};

const sv: RespondentTexts = {
  errors: {
    malformed_json: 'Svaret kunde inte läsas. Försök skicka igen.',
    too_large: 'Svaret är för stort. Korta ner texten och skicka igen.',
    invalid_body: 'Svaret kunde inte tas emot. Ladda om sidan och försök igen.',
    unknown_channel: 'Länken finns inte. Kontrollera adressen.',
    round_not_open: 'Enkäten har inte öppnat än. Inget har sparats.',
    round_closed: 'Enkäten är stängd. Inget har sparats. Tack för att du ville svara.',
    invalid_answers: 'Några svar kunde inte tas emot. Kontrollera svaren och skicka igen.',
    too_fast: 'Du svarade mycket snabbt. Titta igenom dina svar och tryck Skicka igen.',
    rate_limited: 'Många svarar just nu. Vänta en minut och tryck Skicka igen. Dina svar finns kvar.',
    unavailable: 'Tjänsten är inte tillgänglig just nu. Vänta en stund och tryck Skicka igen. Dina svar finns kvar.',
    kiosk_not_valid: 'Den här enheten är inte längre registrerad för hjälp vid svar. Svaret skickas utan markeringen.',
    network: 'Ingen kontakt med servern. Kontrollera uppkopplingen och tryck Skicka igen. Dina svar finns kvar.',
  },
  unreviewed: 'Översättningen är inte granskad av en översättare.',
  sending: 'Skickar …',
  progress: 'Sida {page} av {count}',
  loading: 'Enkäten laddas …',
  loadingNextPage: 'Nästa sida laddas …',
  thanksTitle: 'Tack för ditt svar!',
  thanksSaved: 'Ditt svar är sparat.',
  thanksHelp: 'Behöver du råd om hälsa eller vård? Ring 1177 eller gå till 1177.se (1177 Vårdguiden).',
  thanksEmergency: 'Vid akut fara för liv eller hälsa: ring 112.',
  thanksCannotWithdraw: 'Svaret är anonymt. Därför kan vi inte hitta det igen, och det går inte att ta tillbaka.',
  invitation: 'Berätta anonymt vad du tycker om stödet för hur du mår.',
  noScript: 'Enkäten behöver JavaScript. Slå på JavaScript i webbläsaren och ladda om sidan.',
};

const svEasy: RespondentTexts = {
  errors: {
    malformed_json: 'Det blev fel. Försök igen.',
    too_large: 'Texten är för lång. Skriv kortare och försök igen.',
    invalid_body: 'Det blev fel. Ladda om sidan och försök igen.',
    unknown_channel: 'Länken är fel. Titta på adressen igen.',
    round_not_open: 'Enkäten har inte börjat än. Vi sparade inget.',
    round_closed: 'Enkäten är slut. Vi sparade inget. Tack!',
    invalid_answers: 'Några svar blev fel. Titta på svaren och försök igen.',
    too_fast: 'Du svarade mycket fort. Titta på svaren och tryck Skicka igen.',
    rate_limited: 'Många svarar nu. Vänta en minut. Tryck sedan Skicka igen. Dina svar finns kvar.',
    unavailable: 'Det går inte att skicka just nu. Vänta lite. Tryck sedan Skicka igen. Dina svar finns kvar.',
    kiosk_not_valid: 'Den här surfplattan får inte längre markera svar med hjälp. Svaret skickas utan det.',
    network: 'Internet fungerar inte just nu. Tryck Skicka igen. Dina svar finns kvar.',
  },
  unreviewed: 'Ingen översättare har läst texten än.',
  sending: 'Skickar …',
  progress: 'Sida {page} av {count}',
  loading: 'Vänta. Enkäten kommer snart …',
  loadingNextPage: 'Vänta. Nästa sida kommer snart …',
  thanksTitle: 'Tack!',
  thanksSaved: 'Vi har fått dina svar.',
  thanksHelp: 'Vill du prata om din hälsa? Ring 1177. Eller gå till 1177.se.',
  thanksEmergency: 'Är det mycket farligt nu? Ring 112.',
  thanksCannotWithdraw: 'Ingen vet vem du är. Därför kan du inte ta tillbaka svaren.',
  invitation: 'Säg vad du tycker om hjälpen. Du skriver inte ditt namn.',
  noScript: 'Enkäten behöver JavaScript. Slå på JavaScript och ladda om sidan.',
};

const en: RespondentTexts = {
  errors: {
    malformed_json: 'Your answer could not be read. Please try sending again.',
    too_large: 'Your answer is too long. Please shorten the text and send again.',
    invalid_body: 'Your answer could not be accepted. Please reload the page and try again.',
    unknown_channel: 'This link does not exist. Please check the address.',
    round_not_open: 'This survey has not opened yet. Nothing was saved.',
    round_closed: 'This survey is closed. Nothing was saved. Thank you for wanting to answer.',
    invalid_answers: 'Some answers could not be accepted. Please check your answers and send again.',
    too_fast: 'You answered very quickly. Please look through your answers and press Send again.',
    rate_limited:
      'Many people are answering right now. Please wait a minute and press Send again. Your answers are kept.',
    unavailable:
      'The service is not available right now. Please wait a moment and press Send again. Your answers are kept.',
    kiosk_not_valid: 'This device is no longer enrolled for assisted answers. The answer is sent without that mark.',
    network: 'No connection to the server. Check your connection and press Send again. Your answers are kept.',
  },
  unreviewed: 'This translation has not yet been checked by a translator.',
  sending: 'Sending …',
  progress: 'Page {page} of {count}',
  loading: 'The survey is loading …',
  loadingNextPage: 'Loading the next page …',
  thanksTitle: 'Thank you for your answer!',
  thanksSaved: 'Your answer has been saved.',
  thanksHelp: 'Need advice about health or care? Call 1177 or visit 1177.se (1177 Vårdguiden).',
  thanksEmergency: 'If life or health is in immediate danger: call 112.',
  thanksCannotWithdraw: 'Your answer is anonymous. That is why we cannot find it again, and it cannot be withdrawn.',
  invitation: 'Tell us anonymously what you think of the support for how you feel.',
  noScript: 'The survey needs JavaScript. Please turn on JavaScript in your browser and reload the page.',
};

const ar: RespondentTexts = {
  errors: {
    malformed_json: 'تعذّرت قراءة إجابتك. يرجى المحاولة مرة أخرى.',
    too_large: 'إجابتك طويلة جدًا. يرجى تقصير النص والإرسال مرة أخرى.',
    invalid_body: 'تعذّر قبول إجابتك. يرجى إعادة تحميل الصفحة والمحاولة مرة أخرى.',
    unknown_channel: 'هذا الرابط غير موجود. يرجى التحقق من العنوان.',
    round_not_open: 'لم يُفتح هذا الاستبيان بعد. لم يتم حفظ أي شيء.',
    round_closed: 'هذا الاستبيان مغلق. لم يتم حفظ أي شيء. شكرًا لرغبتك في المشاركة.',
    invalid_answers: 'تعذّر قبول بعض الإجابات. يرجى مراجعة إجاباتك والإرسال مرة أخرى.',
    too_fast: 'أجبت بسرعة كبيرة. يرجى مراجعة إجاباتك ثم الضغط على إرسال مرة أخرى.',
    rate_limited:
      'يجيب كثير من الناس الآن. يرجى الانتظار دقيقة ثم الضغط على إرسال مرة أخرى. إجاباتك باقية على هذا الجهاز ولم تُرسل بعد.',
    unavailable:
      'الخدمة غير متاحة الآن. يرجى الانتظار قليلًا ثم الضغط على إرسال مرة أخرى. إجاباتك باقية على هذا الجهاز ولم تُرسل بعد.',
    network:
      'لا يوجد اتصال بالخادم. تحقق من الاتصال واضغط على إرسال مرة أخرى. إجاباتك باقية على هذا الجهاز ولم تُرسل بعد.',
    kiosk_not_valid: 'لم يعد هذا الجهاز مسجلاً للإجابات بمساعدة. سيتم إرسال الإجابة بدون هذه العلامة.',
  },
  unreviewed: 'لم يراجع مترجم هذه الترجمة بعد.',
  sending: 'جارٍ الإرسال …',
  progress: 'الصفحة {page} من {count}',
  loading: 'جارٍ تحميل الاستبيان …',
  loadingNextPage: 'جارٍ تحميل الصفحة التالية …',
  thanksTitle: 'شكرًا على إجابتك!',
  thanksSaved: 'تم حفظ إجابتك.',
  thanksHelp: 'هل تحتاج إلى نصيحة حول الصحة أو الرعاية؟ اتصل بالرقم 1177 أو زر 1177.se ‏(1177 Vårdguiden).',
  thanksEmergency: 'في حالة خطر فوري على الحياة أو الصحة: اتصل بالرقم 112.',
  thanksCannotWithdraw: 'إجابتك بدون اسم. لذلك لا يمكننا العثور عليها مرة أخرى، ولا يمكن سحبها.',
  invitation: 'أخبرنا دون ذكر اسمك برأيك في الدعم المقدّم لحالتك النفسية.',
  noScript: 'يحتاج الاستبيان إلى JavaScript. يرجى تفعيل JavaScript في المتصفح وإعادة تحميل الصفحة.',
};

const fa: RespondentTexts = {
  errors: {
    malformed_json: 'پاسخ شما خوانده نشد. لطفاً دوباره بفرستید.',
    too_large: 'پاسخ شما خیلی طولانی است. لطفاً متن را کوتاه کنید و دوباره بفرستید.',
    invalid_body: 'پاسخ شما پذیرفته نشد. لطفاً صفحه را دوباره بارگیری کنید و دوباره امتحان کنید.',
    unknown_channel: 'این پیوند وجود ندارد. لطفاً نشانی را بررسی کنید.',
    round_not_open: 'این پرسشنامه هنوز باز نشده است. چیزی ذخیره نشد.',
    round_closed: 'این پرسشنامه بسته شده است. چیزی ذخیره نشد. از تمایل شما به پاسخ دادن سپاسگزاریم.',
    invalid_answers: 'برخی پاسخ‌ها پذیرفته نشد. لطفاً پاسخ‌هایتان را بررسی کنید و دوباره بفرستید.',
    too_fast: 'شما خیلی سریع پاسخ دادید. لطفاً پاسخ‌هایتان را مرور کنید و دوباره ارسال را بزنید.',
    rate_limited:
      'اکنون افراد زیادی پاسخ می‌دهند. لطفاً یک دقیقه صبر کنید و دوباره ارسال را بزنید. پاسخ‌های شما روی این دستگاه مانده و هنوز ارسال نشده است.',
    unavailable:
      'این سرویس اکنون در دسترس نیست. لطفاً کمی صبر کنید و دوباره ارسال را بزنید. پاسخ‌های شما روی این دستگاه مانده و هنوز ارسال نشده است.',
    network:
      'ارتباط با سرور برقرار نیست. اتصال را بررسی کنید و دوباره ارسال را بزنید. پاسخ‌های شما روی این دستگاه مانده و هنوز ارسال نشده است.',
    kiosk_not_valid: 'این دستگاه دیگر برای پاسخ با کمک ثبت نشده است. پاسخ بدون این علامت فرستاده می‌شود.',
  },
  unreviewed: 'این ترجمه هنوز توسط مترجم بررسی نشده است.',
  sending: 'در حال ارسال …',
  progress: 'صفحهٔ {page} از {count}',
  loading: 'پرسشنامه در حال بارگیری است …',
  loadingNextPage: 'صفحهٔ بعد در حال بارگیری است …',
  thanksTitle: 'از پاسخ شما سپاسگزاریم!',
  thanksSaved: 'پاسخ شما ذخیره شد.',
  thanksHelp: 'به مشاوره دربارهٔ سلامت یا درمان نیاز دارید؟ با 1177 تماس بگیرید یا به 1177.se بروید (1177 Vårdguiden).',
  thanksEmergency: 'در صورت خطر فوری برای جان یا سلامت: با 112 تماس بگیرید.',
  thanksCannotWithdraw: 'پاسخ شما بی‌نام است. به همین دلیل نمی‌توانیم دوباره آن را پیدا کنیم و نمی‌توان آن را پس گرفت.',
  invitation: 'بی‌نام به ما بگویید دربارهٔ حمایت برای حال روحی خود چه فکر می‌کنید.',
  noScript:
    'این پرسشنامه به JavaScript نیاز دارد. لطفاً JavaScript را در مرورگر روشن کنید و صفحه را دوباره بارگیری کنید.',
};

const prs: RespondentTexts = {
  errors: {
    malformed_json: 'جواب شما خوانده نشد. لطفاً دوباره بفرستید.',
    too_large: 'جواب شما بسیار طولانی است. لطفاً متن را کوتاه کنید و دوباره بفرستید.',
    invalid_body: 'جواب شما قبول نشد. لطفاً صفحه را دوباره باز کنید و کوشش کنید.',
    unknown_channel: 'این لینک وجود ندارد. لطفاً آدرس را بررسی کنید.',
    round_not_open: 'این سوالنامه هنوز باز نشده است. هیچ چیز ثبت نشد.',
    round_closed: 'این سوالنامه بسته شده است. هیچ چیز ثبت نشد. تشکر که می‌خواستید جواب بدهید.',
    invalid_answers: 'بعضی جواب‌ها قبول نشد. لطفاً جواب‌های خود را بررسی کنید و دوباره بفرستید.',
    too_fast: 'شما بسیار زود جواب دادید. لطفاً جواب‌های خود را ببینید و دوباره فرستادن را فشار دهید.',
    rate_limited:
      'حالا مردم زیاد جواب می‌دهند. لطفاً یک دقیقه صبر کنید و دوباره فرستادن را فشار دهید. جواب‌های شما باقی است.',
    unavailable: 'این خدمت حالا در دسترس نیست. لطفاً کمی صبر کنید و دوباره فرستادن را فشار دهید. جواب‌های شما باقی است.',
    kiosk_not_valid: 'این دستگاه دیگر برای جواب با کمک ثبت نیست. جواب بدون این نشانی فرستاده می‌شود.',
    network: 'با سرور ارتباط نیست. انترنت را بررسی کنید و دوباره فرستادن را فشار دهید. جواب‌های شما باقی است.',
  },
  unreviewed: 'این ترجمه هنوز توسط ترجمان بررسی نشده است.',
  sending: 'در حال فرستادن …',
  progress: 'صفحهٔ {page} از {count}',
  loading: 'سوالنامه در حال باز شدن است …',
  loadingNextPage: 'صفحهٔ بعدی در حال باز شدن است …',
  thanksTitle: 'از جواب شما تشکر!',
  thanksSaved: 'جواب شما ثبت شد.',
  thanksHelp: 'به مشوره در بارهٔ صحت یا تداوی ضرورت دارید؟ به 1177 زنگ بزنید یا به 1177.se بروید (1177 Vårdguiden).',
  thanksEmergency: 'اگر زندگی یا صحت در خطر فوری است: به 112 زنگ بزنید.',
  thanksCannotWithdraw: 'جواب شما بدون نام است. به همین خاطر ما نمی‌توانیم آن را دوباره پیدا کنیم و پس گرفته نمی‌شود.',
  invitation: 'بدون نام به ما بگویید در بارهٔ کمک برای حال روحی خود چه فکر می‌کنید.',
  noScript: 'این سوالنامه به JavaScript ضرورت دارد. لطفاً JavaScript را روشن کنید و صفحه را دوباره باز کنید.',
};

const ti: RespondentTexts = {
  errors: {
    malformed_json: 'መልስኹም ክንበብ ኣይከኣለን። በጃኹም እንደገና ስደዱ።',
    too_large: 'መልስኹም ኣዝዩ ነዊሕ እዩ። በጃኹም ጽሑፍ ኣሕጽሩ እሞ እንደገና ስደዱ።',
    invalid_body: 'መልስኹም ክቕበል ኣይከኣለን። በጃኹም ገጹ ዳግማይ ጽዓኑ እሞ ፈትኑ።',
    unknown_channel: 'እዚ መላግቦ የለን። በጃኹም ኣድራሻ ኣረጋግጹ።',
    round_not_open: 'እዚ መጠይቕ ገና ኣይተኸፍተን። ዝተዓቀበ የለን።',
    round_closed: 'እዚ መጠይቕ ተዓጽዩ እዩ። ዝተዓቀበ የለን። ክትምልሱ ስለ ዝደለኹም የቐንየልና።',
    invalid_answers: 'ገለ መልስታት ክቕበሉ ኣይከኣሉን። በጃኹም መልስታትኩም ኣረጋግጹ እሞ እንደገና ስደዱ።',
    too_fast: 'ኣዝዩ ቀልጢፍኩም መሊስኩም። በጃኹም መልስታትኩም ርኣዩ እሞ እንደገና ስደድ ጠውቑ።',
    rate_limited: 'ሕጂ ብዙሓት ሰባት ይምልሱ ኣለዉ። በጃኹም ሓንቲ ደቒቕ ተጸበዩ እሞ እንደገና ስደድ ጠውቑ። መልስታትኩም ኣለዉ።',
    unavailable: 'እዚ ኣገልግሎት ሕጂ ኣይርከብን። በጃኹም ቁሩብ ተጸበዩ እሞ እንደገና ስደድ ጠውቑ። መልስታትኩም ኣለዉ።',
    kiosk_not_valid: 'እዚ መሳርሒ ድሕሪ ሕጂ ንብሓገዝ ዝተዋህበ መልሲ ኣይተመዝገበን። መልሲ ብዘይ እዚ ምልክት ይስደድ።',
    network: 'ምስ ሰርቨር ርክብ የለን። ርክብኩም ኣረጋግጹ እሞ እንደገና ስደድ ጠውቑ። መልስታትኩም ኣለዉ።',
  },
  unreviewed: 'እዚ ትርጉም ገና ብተርጓሚ ኣይተመርመረን።',
  sending: 'ይስደድ ኣሎ …',
  progress: 'ገጽ {page} ካብ {count}',
  loading: 'መጠይቕ ይጽዓን ኣሎ …',
  loadingNextPage: 'ዝቕጽል ገጽ ይጽዓን ኣሎ …',
  thanksTitle: 'ስለ መልስኹም የቐንየልና!',
  thanksSaved: 'መልስኹም ተዓቂቡ።',
  thanksHelp: 'ብዛዕባ ጥዕና ወይ ክንክን ምኽሪ ትደልዩ ዶ? ናብ 1177 ደውሉ ወይ 1177.se ርኣዩ (1177 Vårdguiden)።',
  thanksEmergency: 'ህይወት ወይ ጥዕና ኣብ ቅጽበታዊ ሓደጋ እንተሃልዩ: ናብ 112 ደውሉ።',
  thanksCannotWithdraw: 'መልስኹም ስም የብሉን። ስለዚ ደጊምና ክንረኽቦ ኣይንኽእልን፣ ክምለስ ድማ ኣይከኣልን።',
  invitation: 'ብዛዕባ እቲ ንስምዒትኩም ዝወሃብ ሓገዝ እንታይ ከም እትሓስቡ ብዘይ ስም ንገሩና።',
  noScript: 'እዚ መጠይቕ JavaScript የድልዮ። በጃኹም JavaScript ኣብ መርበብ ኣብርሁ እሞ ገጹ ዳግማይ ጽዓኑ።',
};

const so: RespondentTexts = {
  errors: {
    malformed_json: 'Jawaabtaada lama akhriyi karin. Fadlan mar kale dir.',
    too_large: 'Jawaabtaadu aad bay u dheer tahay. Fadlan qoraalka gaabi oo mar kale dir.',
    invalid_body: 'Jawaabtaada lama aqbali karin. Fadlan bogga dib u soo rar oo isku day mar kale.',
    unknown_channel: 'Linkigan ma jiro. Fadlan hubi cinwaanka.',
    round_not_open: 'Sahankan weli lama furin. Waxba lama kaydin.',
    round_closed: 'Sahankan waa xiran yahay. Waxba lama kaydin. Waad ku mahadsan tahay inaad rabtay inaad ka jawaabto.',
    invalid_answers: 'Jawaabaha qaar lama aqbali karin. Fadlan hubi jawaabahaaga oo mar kale dir.',
    too_fast: 'Aad baad u degdegtay. Fadlan eeg jawaabahaaga oo mar kale riix Dir.',
    rate_limited:
      'Dad badan ayaa hadda ka jawaabaya. Fadlan sug hal daqiiqo oo mar kale riix Dir. Jawaabahaagu way jiraan.',
    unavailable: 'Adeeggu hadda ma shaqaynayo. Fadlan wax yar sug oo mar kale riix Dir. Jawaabahaagu way jiraan.',
    kiosk_not_valid:
      'Qalabkan looma diiwaangelin jawaabaha caawimo lagu bixiyay. Jawaabta waxaa la dirayaa calaamaddaas la’aanteed.',
    network: 'Xiriir lama laha server-ka. Hubi internetkaaga oo mar kale riix Dir. Jawaabahaagu way jiraan.',
  },
  unreviewed: 'Turjumaadan weli turjumaan ma hubin.',
  sending: 'Waa la dirayaa …',
  progress: 'Bogga {page} ee {count}',
  loading: 'Sahanka waa la soo rarayaa …',
  loadingNextPage: 'Bogga xiga waa la soo rarayaa …',
  thanksTitle: 'Waad ku mahadsan tahay jawaabtaada!',
  thanksSaved: 'Jawaabtaada waa la kaydiyay.',
  thanksHelp: 'Ma u baahan tahay talo caafimaad ama daryeel? Wac 1177 ama booqo 1177.se (1177 Vårdguiden).',
  thanksEmergency: 'Haddii nolol ama caafimaad ay khatar degdeg ah ku jirto: wac 112.',
  thanksCannotWithdraw: 'Jawaabtaadu magac ma leh. Sidaas darteed mar kale ma heli karno, lamana celin karo.',
  invitation: 'Magac la’aan noogu sheeg waxaad ka qabto taageerada ku saabsan sida aad dareemayso.',
  noScript: 'Sahanku wuxuu u baahan yahay JavaScript. Fadlan daar JavaScript oo bogga dib u soo rar.',
};

const uk: RespondentTexts = {
  errors: {
    malformed_json: 'Не вдалося прочитати вашу відповідь. Спробуйте надіслати ще раз.',
    too_large: 'Ваша відповідь задовга. Скоротіть текст і надішліть ще раз.',
    invalid_body: 'Не вдалося прийняти вашу відповідь. Перезавантажте сторінку і спробуйте ще раз.',
    unknown_channel: 'Такого посилання не існує. Перевірте адресу.',
    round_not_open: 'Опитування ще не відкрите. Нічого не збережено.',
    round_closed: 'Опитування закрите. Нічого не збережено. Дякуємо, що хотіли відповісти.',
    invalid_answers: 'Деякі відповіді не вдалося прийняти. Перевірте відповіді і надішліть ще раз.',
    too_fast: 'Ви відповіли дуже швидко. Перегляньте свої відповіді і натисніть «Надіслати» ще раз.',
    rate_limited:
      'Зараз відповідає багато людей. Зачекайте хвилину і натисніть «Надіслати» ще раз. Ваші відповіді збережено на сторінці.',
    unavailable:
      'Сервіс зараз недоступний. Зачекайте трохи і натисніть «Надіслати» ще раз. Ваші відповіді збережено на сторінці.',
    kiosk_not_valid:
      'Цей пристрій більше не зареєстрований для відповідей з допомогою. Відповідь надсилається без цієї позначки.',
    network:
      'Немає з’єднання із сервером. Перевірте з’єднання і натисніть «Надіслати» ще раз. Ваші відповіді збережено на сторінці.',
  },
  unreviewed: 'Цей переклад ще не перевірив перекладач.',
  sending: 'Надсилання …',
  progress: 'Сторінка {page} з {count}',
  loading: 'Опитування завантажується …',
  loadingNextPage: 'Завантаження наступної сторінки …',
  thanksTitle: 'Дякуємо за вашу відповідь!',
  thanksSaved: 'Вашу відповідь збережено.',
  thanksHelp: 'Потрібна порада щодо здоров’я чи лікування? Телефонуйте 1177 або відвідайте 1177.se (1177 Vårdguiden).',
  thanksEmergency: 'Якщо життя чи здоров’я в безпосередній небезпеці: телефонуйте 112.',
  thanksCannotWithdraw: 'Ваша відповідь анонімна. Тому ми не можемо знайти її знову, і її не можна відкликати.',
  invitation: 'Анонімно розкажіть, що ви думаєте про підтримку вашого самопочуття.',
  noScript: 'Для опитування потрібен JavaScript. Увімкніть JavaScript у браузері і перезавантажте сторінку.',
};

export const respondentTexts: Record<SurveyLocale, RespondentTexts> = {
  sv,
  'sv-easy': svEasy,
  en,
  ar,
  fa,
  prs,
  ti,
  so,
  uk,
};

/** The message a respondent reads for an error, in their language. */
export function feedbackErrorMessage(locale: SurveyLocale, code: FeedbackErrorCode | 'network'): string {
  return respondentTexts[locale].errors[code];
}
