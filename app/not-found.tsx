import { getUiLocale } from '@/lib/i18n/server';
import { t } from '@/lib/i18n';

export default async function NotFound() {
  return (
    <div className="page">
      <h1>{t(await getUiLocale(), 'error.notFound')}</h1>
    </div>
  );
}
