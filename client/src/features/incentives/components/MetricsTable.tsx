import { useTranslation } from 'react-i18next';
import type { PackageComparison } from '@shared/incentives';
import { formatShare, type Locale } from '@shared/units';
import { METRIC_ROWS, bestIndex, cellText } from '../model/metric-rows';
import { PACKAGE_COLOURS } from '../model/chart-options';
import { severityCounts } from '../model/warnings';
import type { Column } from '../model/columns';

/** Packages as columns, metrics as rows: full delivery first, then the slider's under-delivery view. */
export function MetricsTable({
  columns,
  comps,
  lang,
  deliveredShare,
  onEdit,
  onRemove,
}: {
  columns: readonly Column[];
  comps: readonly PackageComparison[];
  lang: Locale;
  deliveredShare: number;
  onEdit(key: string): void;
  onRemove(key: string): void;
}) {
  const { t } = useTranslation('incentives');
  const en = lang === 'en';
  const tr = (k: string, o?: Record<string, unknown>) => t(k, o);
  const groups = [
    { id: 'full', title: t('table.full') },
    { id: 'delivery', title: t('table.delivery', { share: formatShare(deliveredShare, lang) }) },
  ] as const;
  return (
    <table className="inc-table" data-testid="metrics-table">
      <thead>
        <tr>
          <th className="inc-metric-col">{t('table.metric')}</th>
          {columns.map((c, i) => {
            const n = severityCounts(comps[i]?.warnings ?? []);
            return (
              <th key={c.key} className="num inc-pkg-head" data-testid={`column-${i}`}>
                <div className="inc-pkg-name">
                  <b className="inc-num" style={{ background: PACKAGE_COLOURS[i] }}>
                    {i + 1}
                  </b>
                  {en ? c.nameEn || c.name : c.name}
                </div>
                <div className="inc-pkg-meta">
                  {c.id === null ? (
                    <span className="inc-tag">{t('column.unsaved')}</span>
                  ) : c.dirty ? (
                    <span className="inc-tag">{t('column.modified')}</span>
                  ) : null}
                  {n.error ? <span className="inc-badge sev-error">{n.error}</span> : null}
                  {n.warning ? <span className="inc-badge sev-warning">{n.warning}</span> : null}
                </div>
                <div className="inc-pkg-actions no-print">
                  <button className="link" data-testid={`edit-${i}`} onClick={() => onEdit(c.key)}>
                    {t('actions.edit')}
                  </button>
                  <button className="link" data-testid={`remove-${i}`} onClick={() => onRemove(c.key)}>
                    {t('actions.remove')}
                  </button>
                </div>
              </th>
            );
          })}
        </tr>
      </thead>
      {groups.map((g) => (
        <tbody key={g.id} className={`inc-group-${g.id}`}>
          <tr className="inc-group-row">
            <td colSpan={columns.length + 1}>{g.title}</td>
          </tr>
          {METRIC_ROWS.filter((r) => r.group === g.id).map((r) => {
            const best = bestIndex(r, comps);
            return (
              <tr key={r.key} data-testid={`row-${r.key}`}>
                <th scope="row">{t(`table.${r.key}`)}</th>
                {comps.map((c, i) => {
                  const v = r.get(c);
                  const neg = r.kind === 'wan' && v !== null && v < -0.005;
                  return (
                    <td
                      key={columns[i].key}
                      className={`num${neg ? ' inc-neg' : ''}${i === best ? ' inc-best' : ''}`}
                      data-testid={`cell-${r.key}-${i}`}
                    >
                      {cellText(r, c, lang, tr)}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      ))}
    </table>
  );
}
