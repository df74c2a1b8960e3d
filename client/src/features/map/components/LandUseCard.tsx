import { usePlotLandUse } from '../api/details';
import { useFmt, type Fmt } from '../model/format';
import { INDICATOR_KEYS, type IndicatorKey, type PlotLandUse } from '@shared/land-use';

const ROWS = INDICATOR_KEYS;

/** The national limit of one indicator as text ("≥ 1.0", "≤ 7%"), or "—" when it depends on an unknown industry. */
function limitText(f: Fmt, key: IndicatorKey, lu: PlotLandUse): string {
  const l = lu.limits;
  switch (key) {
    case 'far':
      return l.minFar === null ? '—' : `≥ ${l.minFar.toFixed(1)}`;
    case 'buildingCoefficient':
      return `≥ ${f.share(l.minBuildingCoefficient)}`;
    case 'adminShare':
      return `≤ ${f.share(l.maxAdminShare)}`;
    case 'greenShare':
      return `≤ ${f.share(l.maxGreenShare)}`;
    case 'investmentWanPerMu':
      return l.minInvestmentWanPerMu === null ? '—' : `≥ ${f.wanPerMu(l.minInvestmentWanPerMu)}`;
  }
}

function valueText(f: Fmt, key: IndicatorKey, v: number | null): string {
  if (v === null) return '—';
  if (key === 'far') return f.dec(v, 2);
  if (key === 'investmentWanPerMu') return f.wanPerMu(v);
  return f.share(v, 1);
}

/**
 * 用地控制指标: the plot's planned and actual FAR, building coefficient, admin and green shares and
 * investment intensity beside the national limits (国土资发〔2008〕24号), breaches flagged, each
 * finding with the rule it cites.
 */
export function LandUseCard({ plotId }: { plotId: number }) {
  const f = useFmt();
  const q = usePlotLandUse(plotId);
  if (!q.data) return null;
  const lu = q.data;
  const bad = new Set(lu.findings.filter((x) => x.severity === 'error').map((x) => x.field));
  const cell = (which: 'planned' | 'actual', key: IndicatorKey) => {
    const v = lu.indicators[which][key];
    const flagged = bad.has(`${which}.${key}`);
    return (
      <td className={flagged ? 'mp-lu-bad' : v === null ? 'muted' : ''} data-testid={`lu-${which}-${key}`}>
        {valueText(f, key, v)}
        {flagged && ' ⚠'}
      </td>
    );
  };
  return (
    <section className="mp-landuse" data-testid="land-use">
      <h3 className="mp-h3">{f.t('indicators.title')}</h3>
      <div className="small muted">
        {f.t('indicators.context', {
          cls: lu.limits.regionClass ?? '—',
          grade: lu.context.landGrade,
          group: lu.context.gbtGroup ?? '—',
        })}
      </div>
      <table className="mp-table mp-lu">
        <thead>
          <tr>
            <th />
            <th>{f.t('indicators.limit')}</th>
            <th>{f.t('indicators.planned')}</th>
            <th>{f.t('indicators.actual')}</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map((key) => (
            <tr key={key}>
              <th>{f.t(`indicators.${key}`)}</th>
              <td>{limitText(f, key, lu)}</td>
              {cell('planned', key)}
              {cell('actual', key)}
            </tr>
          ))}
        </tbody>
      </table>
      {lu.findings.length === 0 ? (
        <p className="small mp-lu-ok" data-testid="lu-ok">
          {f.t('indicators.ok')}
        </p>
      ) : (
        <ul className="mp-lu-findings" data-testid="lu-findings">
          {lu.findings.map((x) => (
            <li key={`${x.field}-${x.code}`} className={`sev-${x.severity}`}>
              {f.en ? x.messageEn : x.messageZh}
              <div className="small muted">{x.rule}</div>
            </li>
          ))}
        </ul>
      )}
      <div className="small muted">{f.t('indicators.source')}</div>
    </section>
  );
}
