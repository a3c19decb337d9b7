// An address no route answers. Staff and respondents' pages have root layouts of their own, so this page is a
// whole document; it says so in Swedish and English, as it cannot know who asked.
import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import './globals.css';

export const metadata: Metadata = { title: 'Sidan finns inte · Page not found' };

export default async function GlobalNotFound() {
  await connection(); // rendered per request, never prerendered: its scripts carry the request's nonce (proxy.ts)
  return (
    <html lang="sv">
      <body>
        <main id="main" className="page">
          <h1>Sidan finns inte.</h1>
          <p lang="en">This page does not exist.</p>
          <p>
            <Link href="/">Till startsidan</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
