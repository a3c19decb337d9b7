// Every staff table sits in this box: on a narrow screen (or at 400 % zoom) the table scrolls sideways inside it
// while the page itself does not (WCAG 1.4.10), and its first column stays in view (app/globals.css). The box takes
// the keyboard focus so that it can be scrolled without a mouse, and so it needs a name: the table's caption or
// heading.
export function TableScroll({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
