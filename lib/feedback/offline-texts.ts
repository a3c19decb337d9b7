// What the respondent reads about answers waiting on the device and about the kiosk's countdowns, in every survey
// language. Swedish is the team's; the others are unreviewed drafts, like the rest of lib/feedback/texts.ts.
import type { SurveyLocale } from '@/surveys/types';

export type OfflineTexts = {
  /** The answer could not be sent now and waits on the device. */
  savedOnDevice: string;
  /** `{n}` answers wait on this device. */
  waiting: string;
  waitingOne: string;
  sentLater: string;
  /** `{reason}`: the server's own message. */
  refused: string;
  expired: string;
  /** Kiosk: `{seconds}` until a half-answered survey is discarded. */
  idleWarning: string;
  stillHere: string;
  /** Kiosk: `{seconds}` until the language picker is back. */
  backToStart: string;
};

const sv: OfflineTexts = {
  savedOnDevice:
    'Ingen kontakt med servern just nu. Dina svar är sparade i den här enheten och skickas automatiskt när uppkopplingen är tillbaka.',
  waiting: '{n} svar väntar i den här enheten på att skickas.',
  waitingOne: 'Ett svar väntar i den här enheten på att skickas.',
  sentLater: 'Svaren som väntade har nu skickats. Tack!',
  refused: 'Ett sparat svar kunde inte tas emot och har tagits bort från enheten: {reason}',
  expired: 'Ett sparat svar var äldre än 14 dagar och har tagits bort från enheten.',
  idleWarning: 'Är du kvar? Enkäten börjar om om {seconds} sekunder och svaren tas bort.',
  stillHere: 'Jag är kvar',
  backToStart: 'Tillbaka till början om {seconds} sekunder.',
};

const svEasy: OfflineTexts = {
  savedOnDevice: 'Internet fungerar inte nu. Dina svar finns kvar här. De skickas själv när internet fungerar igen.',
  waiting: '{n} svar väntar här på att skickas.',
  waitingOne: 'Ett svar väntar här på att skickas.',
  sentLater: 'Nu har svaren skickats. Tack!',
  refused: 'Ett svar gick inte att skicka. Vi tog bort det: {reason}',
  expired: 'Ett svar var äldre än 14 dagar. Vi tog bort det.',
  idleWarning: 'Är du kvar? Om {seconds} sekunder börjar enkäten om. Då försvinner svaren.',
  stillHere: 'Jag är kvar',
  backToStart: 'Tillbaka till början om {seconds} sekunder.',
};

const en: OfflineTexts = {
  savedOnDevice:
    'No connection to the server right now. Your answers are saved on this device and will be sent automatically when the connection is back.',
  waiting: '{n} answers are waiting on this device to be sent.',
  waitingOne: 'One answer is waiting on this device to be sent.',
  sentLater: 'The answers that were waiting have now been sent. Thank you!',
  refused: 'A saved answer could not be accepted and was removed from this device: {reason}',
  expired: 'A saved answer was older than 14 days and was removed from this device.',
  idleWarning: 'Are you still there? The survey starts over in {seconds} seconds and the answers are removed.',
  stillHere: 'I am still here',
  backToStart: 'Back to the start in {seconds} seconds.',
};

const ar: OfflineTexts = {
  savedOnDevice: 'لا يوجد اتصال بالخادم الآن. إجاباتك محفوظة على هذا الجهاز وسيتم إرسالها تلقائياً عند عودة الاتصال.',
  waiting: '{n} إجابات تنتظر الإرسال على هذا الجهاز.',
  waitingOne: 'إجابة واحدة تنتظر الإرسال على هذا الجهاز.',
  sentLater: 'تم الآن إرسال الإجابات التي كانت تنتظر. شكراً لك!',
  refused: 'تعذّر قبول إجابة محفوظة وتم حذفها من هذا الجهاز: {reason}',
  expired: 'كانت إجابة محفوظة أقدم من 14 يوماً وتم حذفها من هذا الجهاز.',
  idleWarning: 'هل ما زلت هنا؟ سيبدأ الاستبيان من جديد بعد {seconds} ثانية وستُحذف الإجابات.',
  stillHere: 'ما زلت هنا',
  backToStart: 'العودة إلى البداية بعد {seconds} ثانية.',
};

const fa: OfflineTexts = {
  savedOnDevice:
    'اکنون ارتباط با سرور برقرار نیست. پاسخ‌های شما در این دستگاه ذخیره شده و پس از برقراری اتصال به‌طور خودکار فرستاده می‌شود.',
  waiting: '{n} پاسخ در این دستگاه منتظر فرستادن است.',
  waitingOne: 'یک پاسخ در این دستگاه منتظر فرستادن است.',
  sentLater: 'پاسخ‌هایی که منتظر بودند اکنون فرستاده شدند. سپاسگزاریم!',
  refused: 'یک پاسخ ذخیره‌شده پذیرفته نشد و از این دستگاه پاک شد: {reason}',
  expired: 'یک پاسخ ذخیره‌شده قدیمی‌تر از ۱۴ روز بود و از این دستگاه پاک شد.',
  idleWarning: 'هنوز اینجا هستید؟ پرسشنامه تا {seconds} ثانیه دیگر از نو شروع می‌شود و پاسخ‌ها پاک می‌شوند.',
  stillHere: 'هنوز اینجا هستم',
  backToStart: 'بازگشت به آغاز تا {seconds} ثانیه دیگر.',
};

const prs: OfflineTexts = {
  savedOnDevice:
    'حالا با سرور ارتباط نیست. جواب‌های شما در این دستگاه نگهداری شده و وقتی انترنت وصل شد، خودکار فرستاده می‌شود.',
  waiting: '{n} جواب در این دستگاه منتظر فرستادن است.',
  waitingOne: 'یک جواب در این دستگاه منتظر فرستادن است.',
  sentLater: 'جواب‌هایی که منتظر بودند حالا فرستاده شدند. تشکر!',
  refused: 'یک جواب نگهداری‌شده قبول نشد و از این دستگاه پاک شد: {reason}',
  expired: 'یک جواب نگهداری‌شده کهنه‌تر از ۱۴ روز بود و از این دستگاه پاک شد.',
  idleWarning: 'هنوز اینجا هستید؟ سروی تا {seconds} ثانیه دیگر از سر شروع می‌شود و جواب‌ها پاک می‌شوند.',
  stillHere: 'هنوز اینجا هستم',
  backToStart: 'برگشت به شروع تا {seconds} ثانیه دیگر.',
};

const ti: OfflineTexts = {
  savedOnDevice: 'ሕጂ ምስ ሰርቨር ርክብ የለን። መልስታትኩም ኣብዚ መሳርሒ ተዓቂቦም ኣለዉ፡ ርክብ ምስ ተመልሰ ባዕሎም ክለኣኹ እዮም።',
  waiting: '{n} መልስታት ኣብዚ መሳርሒ ክለኣኹ ይጽበዩ ኣለዉ።',
  waitingOne: 'ሓደ መልሲ ኣብዚ መሳርሒ ክለኣኽ ይጽበ ኣሎ።',
  sentLater: 'ዝጽበዩ ዝነበሩ መልስታት ሕጂ ተላኢኾም። የቐንየልና!',
  refused: 'ሓደ ዝተዓቀበ መልሲ ክቕበል ኣይከኣለን፡ ካብዚ መሳርሒ ድማ ተሰሪዙ፦ {reason}',
  expired: 'ሓደ ዝተዓቀበ መልሲ ካብ 14 መዓልቲ ንላዕሊ ስለ ዝጸንሐ ካብዚ መሳርሒ ተሰሪዙ።',
  idleWarning: 'ገና ኣለኹም ዶ? እቲ መጠይቕ ኣብ {seconds} ካልኢት እንደገና ክጅምር እዩ፡ መልስታት ድማ ክሰረዙ እዮም።',
  stillHere: 'ገና ኣለኹ',
  backToStart: 'ኣብ {seconds} ካልኢት ናብ መጀመርታ ክምለስ እዩ።',
};

const so: OfflineTexts = {
  savedOnDevice:
    'Hadda xiriir lama laha server-ka. Jawaabahaaga waxaa lagu kaydiyay qalabkan, si toos ah ayaana loo diri doonaa marka xiriirku soo laabto.',
  waiting: '{n} jawaabood ayaa qalabkan ku sugaya in la diro.',
  waitingOne: 'Hal jawaab ayaa qalabkan ku sugaysa in la diro.',
  sentLater: 'Jawaabihii sugayay hadda waa la diray. Mahadsanid!',
  refused: 'Jawaab la kaydiyay lama aqbali karin waxaana laga tirtiray qalabkan: {reason}',
  expired: 'Jawaab la kaydiyay ayaa ka da’ weynayd 14 maalmood waxaana laga tirtiray qalabkan.',
  idleWarning:
    'Weli ma joogtaa? Sahanku wuxuu dib u bilaabanayaa {seconds} ilbiriqsi kadib, jawaabahana waa la tirtirayaa.',
  stillHere: 'Weli waan joogaa',
  backToStart: 'Bilowga ayaa lagu laabanayaa {seconds} ilbiriqsi kadib.',
};

const uk: OfflineTexts = {
  savedOnDevice:
    'Зараз немає з’єднання із сервером. Ваші відповіді збережено на цьому пристрої, їх буде надіслано автоматично, щойно з’єднання відновиться.',
  waiting: 'Відповідей, що чекають на надсилання на цьому пристрої: {n}.',
  waitingOne: 'Одна відповідь чекає на надсилання на цьому пристрої.',
  sentLater: 'Відповіді, що чекали, тепер надіслано. Дякуємо!',
  refused: 'Збережену відповідь не вдалося прийняти, її видалено з цього пристрою: {reason}',
  expired: 'Збережена відповідь була старшою за 14 днів, її видалено з цього пристрою.',
  idleWarning: 'Ви ще тут? Опитування почнеться знову через {seconds} с, а відповіді буде видалено.',
  stillHere: 'Я ще тут',
  backToStart: 'Повернення на початок через {seconds} с.',
};

export const offlineTexts: Record<SurveyLocale, OfflineTexts> = { sv, 'sv-easy': svEasy, en, ar, fa, prs, ti, so, uk };

export function fillIn(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
