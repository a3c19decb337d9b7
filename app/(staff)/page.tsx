import { getTranslations } from 'next-intl/server';
import Link from 'next/link';

export default async function HomePage() {
  const tr = await getTranslations();
  return (
    <div className="page">
      <h1>{tr('home.title')}</h1>
      <p className="lead">{tr('home.lead')}</p>
      <p>{tr('home.what')}</p>
      <div className="cards">
        <section className="card" aria-labelledby="respondent">
          <h2 id="respondent">{tr('home.respondent.title')}</h2>
          <p>{tr('home.respondent.body')}</p>
        </section>
        <section className="card" aria-labelledby="actor">
          <h2 id="actor">{tr('home.actor.title')}</h2>
          <p>{tr('home.actor.body')}</p>
        </section>
        <section className="card" aria-labelledby="staff">
          <h2 id="staff">{tr('home.staff.title')}</h2>
          <p>{tr('home.staff.body')}</p>
          <p>
            <Link className="button" href="/sign-in">
              {tr('nav.signIn')}
            </Link>
          </p>
        </section>
      </div>
      <section aria-labelledby="privacy">
        <h2 id="privacy">{tr('home.privacy.title')}</h2>
        <p>{tr('home.privacy.body')}</p>
      </section>
    </div>
  );
}
