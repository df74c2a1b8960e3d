import { useCallback, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorText } from '@/i18n/errors';
import { parseSiteId } from '@shared/scenarios/site-id';
import { useComparison, useScenarios } from '../api/scenarios';
import { usePackages, useParkGeo, useProjects } from '../api/reference';
import { useJurisdictions, useParks } from '@/lib/reference-data';
import { COMPARE_KPIS, differingSites, shareRows, type KpiUnit } from '../model/compare-rows';
import { makeNames } from '../model/names';
import { SCENARIO_COLOURS } from '../model/palette';
import { useFmt, type Fmt } from '../model/format';
import { SiteMap, type SiteLook } from './SiteMap';
import '../scenarios.css';

/** A site that several scenarios use, each for a different project. */
const SHARED = '#7c6f9a';

const fmtUnit = (f: Fmt, unit: KpiUnit, v: number | null) =>
  v === null
    ? '—'
    : unit === 'wan'
      ? f.wan(v)
      : unit === 'mu'
        ? f.mu(v)
        : unit === 'm2'
          ? f.m2(v)
          : unit === 'share'
            ? f.share(v)
            : f.int(v);

/** /scenarios/compare?ids=1,2[,3] — KPIs side by side with deltas, the placements that differ, and where. */
export function ComparePage() {
  const f = useFmt();
  const { i18n } = useTranslation();
  const [params] = useSearchParams();
  const ids = useMemo(
    () =>
      (params.get('ids') ?? '')
        .split(',')
        .map(Number)
        .filter((x) => Number.isInteger(x) && x > 0)
        .slice(0, 3),
    [params],
  );
  const cmp = useComparison(ids);
  const list = useScenarios();
  const projects = useProjects();
  const parkList = useParks();
  const packages = usePackages();
  const jur = useJurisdictions();
  const c = cmp.data;
  const parkIds = useMemo(() => {
    const inScope = new Set<number>();
    for (const s of c?.scenarios ?? []) for (const k of Object.keys(s.kpis.dominantShareByPark)) inScope.add(Number(k));
    return [...inScope].sort((a, b) => a - b);
  }, [c]);
  const geo = useParkGeo(parkIds);
  const names = useMemo(
    () =>
      makeNames({
        en: f.en,
        projects: projects.data,
        parks: parkList.data,
        packages: packages.data,
        jurisdictions: jur.data,
        plots: geo.plots,
        buildings: geo.buildings,
      }),
    [f.en, projects.data, parkList.data, packages.data, jur.data, geo.plots, geo.buildings],
  );
  const sites = useMemo(() => (c ? differingSites(c) : new Map<string, Array<number | null>>()), [c]);
  const look = useCallback(
    (siteId: string): SiteLook => {
      const row = sites.get(siteId);
      if (!row) return null;
      const used = row.map((p, i) => (p == null ? null : i)).filter((i): i is number => i != null);
      const colour = used.length === 1 ? SCENARIO_COLOURS[used[0]] : SHARED;
      const text = row.map((p, i) => `${c!.scenarios[i].name}: ${p == null ? '—' : names.project(p)}`).join(' | ');
      return { colour, text };
    },
    [sites, c, names],
  );

  if (ids.length < 2)
    return (
      <div className="sc-page">
        <p>{f.t('compare.pick')}</p>
        <Link to="/scenarios">{f.t('ws.back')}</Link>
      </div>
    );
  if (cmp.isLoading) return <p className="muted sc-page">{f.t('loading', { ns: 'common' })}</p>;
  if (cmp.error || !c)
    return (
      <div className="sc-page">
        <p className="error">{errorText(cmp.error, i18n.language)}</p>
        <Link to="/scenarios">{f.t('ws.back')}</Link>
      </div>
    );
  const scopeParks = (parkList.data ?? []).filter((p) => parkIds.includes(p.id));
  const stale = (list.data ?? []).filter((s) => ids.includes(s.id) && s.resultStale);

  const siteText = (x: { siteId: string; packageId: number | null } | null) => {
    if (!x) return <span className="muted">{f.t('compare.out')}</span>;
    const k = parseSiteId(x.siteId)?.kind ?? 'plot';
    return (
      <>
        {f.t(`kind.${k}`)} {names.site(x.siteId)}
        {x.packageId != null && <div className="muted small">{names.packageName(x.packageId)}</div>}
      </>
    );
  };

  return (
    <div className="sc-page sc-compare" data-testid="compare-page">
      <div className="sc-ws-title">
        <Link to="/scenarios" className="small">
          {f.t('ws.back')}
        </Link>
        <h2>{f.t('compare.title')}</h2>
      </div>
      {stale.length > 0 && (
        <div className="sc-note warn">
          {f.t('list.stale')}: {stale.map((s) => s.name).join('、')}
        </div>
      )}
      <div className="sc-compare-grid">
        <section className="card">
          <h3>{f.t('compare.kpis')}</h3>
          <table className="sc-table sc-kpi-table" data-testid="compare-kpis">
            <thead>
              <tr>
                <th />
                {c.scenarios.map((s, i) => (
                  <th key={s.id} className="num" colSpan={i === 0 ? 1 : 2}>
                    <span className="pm-swatch" style={{ background: SCENARIO_COLOURS[i] }} />
                    <Link to={`/scenarios/${s.id}`}>{s.name}</Link>
                    {i === 0 && <span className="muted small"> ({f.t('compare.base')})</span>}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {COMPARE_KPIS.map(({ key, unit, higherIsBetter }) => (
                <tr key={key} data-kpi={key}>
                  <td>{f.t(`result.kpi.${key}`)}</td>
                  {c.scenarios.map((s, i) => {
                    const v = s.kpis[key];
                    const d = c.deltas[i][key] ?? 0;
                    const good = d === 0 ? '' : d > 0 === higherIsBetter ? 'up' : 'down';
                    return i === 0 ? (
                      <td key={s.id} className="num">
                        {fmtUnit(f, unit, v)}
                      </td>
                    ) : (
                      [
                        <td key={s.id} className="num">
                          {fmtUnit(f, unit, v)}
                        </td>,
                        <td key={`${s.id}d`} className={`num sc-delta ${good}`} data-delta={d}>
                          {Math.abs(d) < 1e-9 ? '—' : f.signed(fmtUnit(f, unit, d), d)}
                        </td>,
                      ]
                    );
                  })}
                </tr>
              ))}
              {shareRows(c).map((row) => (
                <tr key={`share-${row.parkId}`} data-kpi={`share-${row.parkId}`}>
                  <td>{f.t('compare.shareOf', { park: names.park(row.parkId) })}</td>
                  {row.values.map((v, i) =>
                    i === 0 ? (
                      <td key={i} className="num">
                        {f.share(v)}
                      </td>
                    ) : (
                      [
                        <td key={i} className="num">
                          {f.share(v)}
                        </td>,
                        <td key={`${i}d`} className="num sc-delta">
                          {row.deltas[i] == null || Math.abs(row.deltas[i]!) < 1e-9
                            ? '—'
                            : f.signed(f.t('compare.pp', { v: f.dec(row.deltas[i]! * 100, 1) }), row.deltas[i]!)}
                        </td>,
                      ]
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section className="card sc-compare-map">
          <h3>{f.t('compare.mapTitle')}</h3>
          <div className="sc-map-box">
            {scopeParks.length > 0 && (
              <SiteMap
                parks={scopeParks}
                plots={geo.plots}
                buildings={geo.buildings}
                look={look}
                testId="compare-map"
              />
            )}
          </div>
          <div className="sc-compare-legend small" data-testid="compare-legend">
            <span className="muted">{f.t('compare.diffLegend')}:</span>
            {c.scenarios.map((s, i) => (
              <span key={s.id}>
                <span className="pm-swatch" style={{ background: SCENARIO_COLOURS[i] }} />
                {s.name}
              </span>
            ))}
            <span>
              <span className="pm-swatch" style={{ background: SHARED }} />
              {f.t('compare.several')}
            </span>
          </div>
        </section>
      </div>
      <section className="card">
        <h3>
          {f.t('compare.diffs')} ({c.differences.length})
        </h3>
        {c.differences.length === 0 ? (
          <p className="muted">{f.t('compare.noDiffs')}</p>
        ) : (
          <table className="sc-table" data-testid="compare-diffs">
            <thead>
              <tr>
                <th>{f.t('placements.project')}</th>
                {c.scenarios.map((s, i) => (
                  <th key={s.id}>
                    <span className="pm-swatch" style={{ background: SCENARIO_COLOURS[i] }} />
                    {s.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {c.differences.map((d) => (
                <tr key={d.projectId} data-project={d.projectId}>
                  <td>{names.project(d.projectId)}</td>
                  {d.sites.map((x, i) => (
                    <td key={i}>{siteText(x)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
