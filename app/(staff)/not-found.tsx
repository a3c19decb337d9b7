import { getTranslations } from 'next-intl/server';

/** A staff page that does not exist, or an object that is not yours: inside the staff layout. */
export default async function NotFound() {
  return (
    <div className="page">
      <h1>{(await getTranslations())('error.notFound')}</h1>
    </div>
  );
}
