// How fresh an entry is, wherever it is shown: confirmed when and by whom, or never; "stale" after the set months.
import '../platform.css';
import type { MessageKey } from '@/lib/i18n';
import type { ServiceView } from '@/lib/platform/services';

const day = (moment: Date) => moment.toISOString().slice(0, 10);

export function Freshness({
  service,
  months,
  t,
  withName = false,
}: {
  service: Pick<ServiceView, 'verifiedAt' | 'verifiedByName' | 'stale' | 'updatedAt'>;
  months: number;
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
  withName?: boolean;
}) {
  const verified = service.verifiedAt
    ? withName && service.verifiedByName
      ? t('platform.verified', { date: day(service.verifiedAt), name: service.verifiedByName })
      : t('platform.verifiedShort', { date: day(service.verifiedAt) })
    : t('platform.neverVerified');
  return (
    <span className="freshness">
      {service.stale && (
        <>
          <strong className="badge stale" title={t('platform.staleExplained', { months })}>
            {t('platform.stale')}
          </strong>{' '}
        </>
      )}
      {verified}
      {withName && (
        <>
          {' · '}
          {t('platform.updated', { date: day(service.updatedAt) })}
        </>
      )}
    </span>
  );
}
