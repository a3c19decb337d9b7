import { getUiLocale } from '@/lib/i18n/server';
import { t } from '@/lib/i18n';

/** A staff page that does not exist, or an object that is not yours: inside the staff layout. */
export default async function NotFound() {
  return (
    <div className="page">
      <h1>{t(await getUiLocale(), 'error.notFound')}</h1>
    </div>
  );
}
