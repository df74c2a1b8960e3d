import { useTranslation } from 'react-i18next';
import { useFunnel } from '../api/funnel';
import { useChains, useJurisdictions, useParks } from '@/lib/reference-data';
import { formatShare, wanToYi } from '@shared/units';
import type { ProjectStage } from '@shared/types/project';
import './projects.css';

const FUNNEL_STAGES: ProjectStage[] = ['lead', 'negotiating', 'signed', 'landed'];

/** The home page's pipeline funnel: by stage, by county, and each park's dominant-chain share. */
export function Funnel() {
  const { t, i18n } = useTranslation('projects');
  const en = !i18n.language.startsWith('zh');
  const lang = en ? 'en-US' : 'zh-CN';
  const f = useFunnel();
  const js = useJurisdictions();
  const parks = useParks();
  const chains = useChains();
  if (!f.data || !js.data) return null;
  // 亿元 in Chinese; CNY billions in English (10 亿元 = CNY 1 bn), which reads better than "100M CNY".
  // null: withheld from a viewer (fewer than 3 projects in the cell).
  const yi = (wan: number | null) =>
    wan === null
      ? '—'
      : en
        ? `CNY ${new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(wan / 100000)}bn`
        : `${new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(wanToYi(wan))} 亿元`;
  const name = (x: { name: string; nameEn: string } | undefined) => (x ? (en ? x.nameEn || x.name : x.name) : '—');
  const max = Math.max(1, ...FUNNEL_STAGES.map((s) => f.data.byStage[s].count));
  const counties = f.data.counties.filter((c) => c.total.count > 0);
  return (
    <section className="card pp-funnel" data-testid="funnel">
      <h3>{t('funnel.title')}</h3>
      <div className="pp-funnel-grid">
        <div>
          <h4>{t('funnel.byStage')}</h4>
          {[...FUNNEL_STAGES, 'dropped' as const].map((s) => {
            const c = f.data.byStage[s];
            return (
              <div key={s} className={`pp-bar-row${s === 'dropped' ? ' muted' : ''}`}>
                <span className="pp-bar-label">{t(`common:stage.${s}`)}</span>
                <span className="pp-bar-track">
                  <span className={`pp-bar pp-stage-${s}`} style={{ width: `${(100 * c.count) / max}%` }} />
                </span>
                <span className="pp-bar-value num">
                  {t('funnel.count', { n: c.count })} · {yi(c.investmentWan)}
                </span>
              </div>
            );
          })}
        </div>
        <div>
          <h4>{t('funnel.byCounty')}</h4>
          <table className="pp-mini">
            <thead>
              <tr>
                <th>{t('funnel.county')}</th>
                {FUNNEL_STAGES.map((s) => (
                  <th key={s} className="num">
                    {t(`common:stage.${s}`)}
                  </th>
                ))}
                <th className="num">{t('funnel.total')}</th>
              </tr>
            </thead>
            <tbody>
              {counties.map((c) => (
                <tr key={c.jurisdictionId}>
                  <td>{name(js.data.find((j) => j.id === c.jurisdictionId))}</td>
                  {FUNNEL_STAGES.map((s) => (
                    <td key={s} className="num">
                      {c.byStage[s].count || ''}
                    </td>
                  ))}
                  <td className="num">{yi(c.live.investmentWan)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div>
          <h4 title={t('funnel.shareHelp')}>{t('funnel.share')}</h4>
          {f.data.parks.map((p) => {
            const park = parks.data?.find((x) => x.id === p.parkId);
            const chainNames = p.dominantChainIds.map((id) => name(chains.data?.find((c) => c.id === id))).join('、');
            return (
              <div key={p.parkId} className="pp-bar-row pp-share-row" title={`${name(park)}：${chainNames}`}>
                <span className="pp-bar-label pp-clip">{name(park)}</span>
                <span className="pp-bar-track">
                  <span
                    className={
                      p.share !== null && p.share < (park?.minDominantShare ?? 0.7)
                        ? 'pp-bar pp-bar-warn'
                        : 'pp-bar pp-bar-ok'
                    }
                    style={{ width: `${100 * (p.share ?? 0)}%` }}
                  />
                </span>
                <span className="pp-bar-value num">
                  {p.share === null ? '—' : formatShare(p.share, en ? 'en' : 'zh-CN')}
                </span>
              </div>
            );
          })}
          <p className="small muted">{t('funnel.shareHelp')}</p>
        </div>
      </div>
    </section>
  );
}
