// The whole document of a respondent's page: its language and direction, the respondents' styles, nothing of the
// staff UI (no header, no session). Used by the two root layouts under app/f.
import { connection } from 'next/server';
import '@/app/globals.css';
import '@/app/f/feedback.css';

// Rendered per request, never prerendered: its scripts carry the request's nonce (proxy.ts).
export async function RespondentDocument({
  lang,
  dir,
  children,
}: {
  lang: string;
  dir: 'ltr' | 'rtl';
  children: React.ReactNode;
}) {
  await connection();
  return (
    <html lang={lang} dir={dir}>
      <body>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
