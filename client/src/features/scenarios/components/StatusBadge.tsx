import { useFmt } from '../model/format';

export function StatusBadge({ status, stale }: { status: 'draft' | 'solved' | 'committed'; stale?: boolean }) {
  const f = useFmt();
  return (
    <span className="sc-status-wrap">
      <span className={`sc-badge ${status}`} data-testid="status-badge" data-status={status}>
        {f.t(`status.${status}`)}
      </span>
      {stale && <span className="sc-badge stale">{f.t('list.stale')}</span>}
    </span>
  );
}
