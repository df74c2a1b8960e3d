import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useExpiringLeases } from '../api/afterdeal';

/** Leases ending in the next 6 or 12 months, per park, soonest first. */
export function LeasesTab({ jurisdictionId }: { jurisdictionId?: number }) {
  const { t } = useTranslation('afterdeal');
  const [months, setMonths] = useState(6);
  const q = useExpiringLeases(months, jurisdictionId);
  const rows = q.data ?? [];
  const m2 = Math.round(rows.reduce((a, l) => a + l.areaM2, 0)).toLocaleString();
  return (
    <div data-testid="afd-leases">
      <p>
        {t('leases.within')}{' '}
        {[6, 12].map((m) => (
          <button key={m} className={months === m ? 'primary' : ''} onClick={() => setMonths(m)}>
            {t(m === 6 ? 'leases.months6' : 'leases.months12')}
          </button>
        ))}{' '}
        <span className="muted small">{t('leases.count', { n: rows.length, m2 })}</span>
      </p>
      {q.isLoading ? (
        <p>{t('common:loading')}</p>
      ) : q.error ? (
        <p className="error">{String(q.error)}</p>
      ) : !rows.length ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('leases.park')}</th>
              <th>{t('leases.unit')}</th>
              <th>{t('leases.tenant')}</th>
              <th className="num">{t('leases.area')}</th>
              <th>{t('leases.end')}</th>
              <th className="num">{t('leases.left')}</th>
              <th className="num">{t('leases.rent')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((l) => (
              <tr key={l.id} className={l.monthsLeft < 3 ? 'afd-soon' : ''}>
                <td>{l.parkName}</td>
                <td>{l.unitCode}</td>
                <td>{l.enterpriseName ?? '—'}</td>
                <td className="num">{Math.round(l.areaM2).toLocaleString()}</td>
                <td>{l.endDate}</td>
                <td className="num">{l.monthsLeft}</td>
                <td className="num">{l.rentYuanPerM2Month ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
