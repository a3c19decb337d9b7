// An address no route answers. Staff and respondents' pages have root layouts of their own, so this page is a
// whole document; it says so in Swedish and English, as it cannot know who asked.
import type { Metadata } from 'next';
import './globals.css';

export const metadata: Metadata = { title: 'Sidan finns inte · Page not found' };

export default function GlobalNotFound() {
  return (
    <html lang="sv">
      <body>
        <main id="main" className="page">
          <h1>Sidan finns inte.</h1>
          <p lang="en">This page does not exist.</p>
          <p>
            <a href="/">Till startsidan</a>
          </p>
        </main>
      </body>
    </html>
  );
}
