import { getTranslations } from 'next-intl/server';

// Every staff table sits in this box: on a narrow screen (or at 400 % zoom) the table scrolls sideways inside it
// while the page itself does not (WCAG 1.4.10), and its first column stays in view (app/globals.css). The box takes
// the keyboard focus so that it can be scrolled without a mouse, and so it needs a name: "Tabell: " and the table's
// caption or heading (the word keeps it apart from a section named by the same heading).
export async function TableScroll({ label, children }: { label: string; children: React.ReactNode }) {
  const t = await getTranslations();
  return (
    <div className="table-scroll" role="region" aria-label={t('table.scrollBox', { name: label })} tabIndex={0}>
      {children}
    </div>
  );
}
