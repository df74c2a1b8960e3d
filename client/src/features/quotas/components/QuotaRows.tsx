import { useTranslation } from 'react-i18next';
import type { JurisdictionProgress, QuotaRowProgress } from '@shared/pipeline';
import { formatWanShort, wanToYi, type Locale } from '@shared/units';

const SHOWN = 3;

function status(r: QuotaRowProgress): 'met' | 'closable' | 'short' {
  if (r.gap === 0) return 'met';
  return r.canClose ? 'closable' : 'short';
}

/** One table: a row per leader's quota, grouped by jurisdiction. */
export function QuotaRows({
  groups,
  name,
  lang,
  city,
  onEdit,
}: {
  groups: JurisdictionProgress[];
  name: (id: number) => string;
  lang: Locale;
  city?: boolean;
  onEdit?: (id: number) => void;
}) {
  const { t } = useTranslation('quotas');
  // 亿元 in Chinese; CNY millions in English (1 亿元 = CNY 100 m), which reads better than "100M CNY".
  const yi = (wan: number) =>
    lang === 'en'
      ? `CNY ${new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(wan / 100)}m`
      : `${new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }).format(wanToYi(wan))} 亿元`;
  const roleLabel = (r: QuotaRowProgress) => t(`role.${r.role}`);
  return (
    <div className="card qb-table-wrap">
      <table className="qb-table" data-testid={city ? 'quota-city' : 'quota-table'}>
        <thead>
          <tr>
            <th>{t('county')}</th>
            <th>{t('leader')}</th>
            <th>{t('quota')}</th>
            <th className="num">{t('signed')}</th>
            <th className="num">{t('landed')}</th>
            <th>{t('progress')}</th>
            <th className="num">{t('gap')}</th>
            <th>{t('pipeline')}</th>
          </tr>
        </thead>
        <tbody>
          {groups.flatMap((g) => {
            if (g.rows.length === 0)
              return [
                <tr key={g.jurisdictionId}>
                  <td>
                    {name(g.jurisdictionId)}{' '}
                    {onEdit && (
                      <button className="link small" onClick={() => onEdit(g.jurisdictionId)}>
                        {t('edit')}
                      </button>
                    )}
                  </td>
                  <td colSpan={7} className="muted">
                    {t('noQuota')}
                  </td>
                </tr>,
              ];
            return g.rows.map((r, i) => {
              const s = status(r);
              return (
                <tr
                  key={`${g.jurisdictionId}-${i}`}
                  className={i === 0 ? 'qb-first' : undefined}
                  data-county={g.jurisdictionId}
                >
                  {i === 0 && (
                    <td rowSpan={g.rows.length} className="qb-county">
                      <b>{name(g.jurisdictionId)}</b>
                      <div className="small muted">
                        {g.achieved} / {g.target}
                      </div>
                      {onEdit && (
                        <button className="link small" onClick={() => onEdit(g.jurisdictionId)}>
                          {t('edit')}
                        </button>
                      )}
                    </td>
                  )}
                  <td>
                    {r.leaderName}
                    <div className="small muted">{roleLabel(r)}</div>
                  </td>
                  <td>
                    {t('quotaText', { count: r.count, min: yi(r.minInvestmentWan) })}
                    <div className="small muted">{r.dominantOnly ? t('dominantOnly') : t('anyIndustry')}</div>
                  </td>
                  <td className="num">{r.signed}</td>
                  <td className="num">{r.landed}</td>
                  <td className="qb-progress-cell">
                    <span className="qb-track">
                      <span
                        className={`qb-fill qb-${s}`}
                        style={{ width: `${r.count ? Math.min(100, (100 * r.counted.length) / r.count) : 100}%` }}
                      />
                    </span>
                    <span className="num qb-frac">
                      {r.counted.length}/{r.count}
                    </span>
                    <span className={`qb-badge qb-${s}`}>{t(`status.${s}`)}</span>
                  </td>
                  <td className="num">{r.gap}</td>
                  <td className="qb-pipeline">
                    {r.gap > 0 &&
                      r.pipeline.slice(0, SHOWN).map((p) => (
                        <span key={p.id} className="qb-chip" title={p.name}>
                          {p.name}
                          {p.investmentWan !== null ? ` · ${formatWanShort(p.investmentWan, lang)}` : ''}
                        </span>
                      ))}
                    {r.gap > 0 && r.pipeline.length > SHOWN && (
                      <span className="muted small">{t('more', { n: r.pipeline.length - SHOWN })}</span>
                    )}
                  </td>
                </tr>
              );
            });
          })}
        </tbody>
      </table>
    </div>
  );
}
