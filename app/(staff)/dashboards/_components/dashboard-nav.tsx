import Link from 'next/link';
import type { Role } from '@/lib/auth/actor';
import type { Translate } from './figures';

const pages = [
  { href: '/dashboards', key: 'dashboards.nav.overview' },
  { href: '/dashboards/actors', key: 'dashboards.nav.actors' },
  { href: '/dashboards/target-groups', key: 'dashboards.nav.targetGroups' },
  { href: '/dashboards/trends', key: 'dashboards.nav.trends' },
  { href: '/dashboards/free-text', key: 'dashboards.nav.freeText', strategistOnly: true },
] as const;

/** The result pages; the query string (round, comparison) goes along so a selection survives moving between them. */
export function DashboardNav({
  current,
  role,
  query,
  tr,
}: {
  current: string;
  role: Role;
  query: string;
  tr: Translate;
}) {
  return (
    <nav aria-label={tr('dashboards.nav.label')} className="dashboard-nav">
      <ul>
        {pages
          .filter((page) => !('strategistOnly' in page) || role === 'strategist')
          .map((page) => (
            <li key={page.href}>
              <Link href={`${page.href}${query}`} aria-current={page.href === current ? 'page' : undefined}>
                {tr(page.key)}
              </Link>
            </li>
          ))}
      </ul>
    </nav>
  );
}
