'use client';
// The staff menu on a narrow screen (a phone, or a desktop at 200–400 % zoom): one button that shows and hides it,
// the disclosure pattern. On a wide screen the CSS shows the menu and hides the button. Without JavaScript the CSS
// (`scripting: none`) leaves the menu open, so nothing is ever out of reach.
import { usePathname } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';

export function HeaderMenu({ label, id, children }: { label: string; id: string; children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const pathname = usePathname();
  // A link followed from the menu shows the next page, not the menu still covering it.
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [open]);

  return (
    <>
      <button
        ref={button}
        type="button"
        className="menu-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {label}
      </button>
      <div id={id} className="site-menu" data-open={open ? '' : undefined}>
        {children}
      </div>
    </>
  );
}
