import { useTranslation } from 'react-i18next';
import { useAgreements } from '../api/afterdeal';
import { formatWan, type Locale } from '@shared/units';
import { byAmountAtRisk } from '@shared/agreements/risk';

const pct = (x: number | null) => (x == null ? '—' : `${Math.round(x * 100)}%`);

/** The county view of agreements: standing, delivered share and the clawback due, largest at risk first. */
export function AgreementsTab({ jurisdictionId }: { jurisdictionId?: number }) {
  const { t, i18n } = useTranslation('afterdeal');
  const lang: Locale = i18n.language.startsWith('zh') ? 'zh-CN' : 'en';
  const q = useAgreements(jurisdictionId);
  if (q.isLoading) return <p>{t('common:loading')}</p>;
  if (q.error) return <p className="error">{String(q.error)}</p>;
  const rows = byAmountAtRisk(q.data ?? []);
  const total = rows.reduce((a, r) => a + (r.clawbackDueWan ?? 0), 0);
  if (!rows.length) return <p className="muted">{t('none')}</p>;
  return (
    <div data-testid="afd-agreements">
      <p className="muted small">
        {t('agreements.total', { n: rows.length, wan: formatWan(total, lang) })} · {t('agreements.sortHint')} ·{' '}
        <a
          href={`/api/agreements/export.xlsx${jurisdictionId ? `?jurisdictionId=${jurisdictionId}` : ''}`}
          data-testid="afd-agreements-export"
        >
          {t('agreements.export')}
        </a>
      </p>
      <table>
        <thead>
          <tr>
            <th>{t('agreements.project')}</th>
            <th>{t('agreements.package')}</th>
            <th>{t('agreements.signedOn')}</th>
            <th>{t('agreements.status')}</th>
            <th>{t('agreements.years')}</th>
            <th className="num">{t('agreements.delivered')}</th>
            <th className="num">{t('agreements.clawback')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.id}>
              <td>{a.projectName}</td>
              <td>{a.packageName ?? '—'}</td>
              <td>{a.signedOn}</td>
              <td>
                <span className={`afd-pill afd-${a.status}`}>{t(`status.${a.status}`)}</span>
              </td>
              <td className="afd-years">
                {a.yearly.map((y) => (
                  <span
                    key={y.year}
                    className={`afd-dot afd-${y.status}`}
                    title={`${y.year} ${t(`status.${y.status}`)}`}
                  >
                    {String(y.year).slice(2)}
                  </span>
                ))}
              </td>
              <td className="num">{pct(a.deliveredShare)}</td>
              <td className="num">{a.clawbackDueWan == null ? '—' : a.clawbackDueWan.toFixed(1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
