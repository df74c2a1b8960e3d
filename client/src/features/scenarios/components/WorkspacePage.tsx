import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@/app/auth';
import { errorText } from '@/i18n/errors';
import type { ScenarioView as Scenario } from '@shared/types/scenario';
import type { ScenarioUpdate } from '@shared/schemas/scenario';
import { scenarioKpis } from '@shared/scenarios/kpis';
import { exportUrl, useScenario, useScenarioWrites } from '../api/scenarios';
import { useSolve } from '../api/solve';
import { usePackages, useParkGeo, useProjects } from '../api/reference';
import { useJurisdictions, useParks } from '@/lib/reference-data';
import { draftOf, sameLevers, toLevers, type LeversDraft } from '../model/levers-form';
import { makeNames } from '../model/names';
import { projectColours } from '../model/palette';
import { useFmt } from '../model/format';
import { parseWarning } from '../model/warnings';
import { isEngineMessage, wordMessage, type EngineMessage } from '@shared/allocation/messages';
import { LeversPanel } from './LeversPanel';
import { SolveBar } from './SolveBar';
import { ResultHeader } from './ResultHeader';
import { ScenarioMap } from './ScenarioMap';
import { ResultTabs } from './ResultTabs';
import { CommitPanel } from './CommitPanel';
import { StatusBadge } from './StatusBadge';
import { Toast } from './Toast';
import '../scenarios.css';

/** /scenarios/:id — levers, solve with progress, the result on a map and in tables, pin/forbid, commit, export. */
export function WorkspacePage() {
  const id = Number(useParams().id);
  const q = useScenario(id);
  const f = useFmt();
  const { i18n } = useTranslation();
  if (q.isLoading) return <p className="muted sc-page">{f.t('loading', { ns: 'common' })}</p>;
  if (q.error || !q.data)
    return (
      <p className="error sc-page">
        {f.t('errors.load')}: {errorText(q.error, i18n.language)}
      </p>
    );
  return <Workspace key={q.data.id} scenario={q.data} />;
}

function Workspace({ scenario: s }: { scenario: Scenario }) {
  const f = useFmt();
  const { i18n } = useTranslation();
  const { user } = useAuth();
  const navigate = useNavigate();
  const writes = useScenarioWrites();
  const solve = useSolve(s.id);
  const projects = useProjects();
  const parkList = useParks();
  const packages = usePackages();
  const jur = useJurisdictions();
  const [draft, setDraft] = useState<LeversDraft>(() => draftOf(s.levers));
  const [savedLevers, setSavedLevers] = useState(s.levers);
  const [error, setError] = useState<string | null>(null);
  const [toast, setToast] = useState<{ text: string; kind: 'ok' | 'error' } | null>(null);
  const [hover, setHover] = useState<string | null>(null);

  // A new server copy of the levers (after a save or a reload) replaces the draft unless the user is editing.
  useEffect(() => {
    if (!sameLevers(s.levers, savedLevers)) {
      setSavedLevers(s.levers);
      setDraft(draftOf(s.levers));
    }
  }, [s.levers, savedLevers]);

  const parsed = toLevers(draft);
  const dirty = !parsed.ok || !sameLevers(parsed.levers, s.levers);
  const committed = s.status === 'committed';
  const canEdit =
    !!user &&
    user.role !== 'viewer' &&
    !committed &&
    (user.role === 'admin' ||
      (s.jurisdictionIds.length > 0 && s.jurisdictionIds.every((j) => user.jurisdictionIds.includes(j))));
  const r = s.result;

  const scopeParks = useMemo(() => {
    const all = parkList.data ?? [];
    const inResult = new Set((r?.parks ?? []).map((p) => p.parkId));
    return all.filter(
      (p) => s.jurisdictionIds.length === 0 || s.jurisdictionIds.includes(p.jurisdictionId) || inResult.has(p.id),
    );
  }, [parkList.data, s.jurisdictionIds, r]);
  const geo = useParkGeo(scopeParks.map((p) => p.id));
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
  const colours = useMemo(
    () =>
      projectColours(
        [...(r?.allocations ?? [])].sort((a, b) => (b.valueWan ?? 0) - (a.valueWan ?? 0)).map((a) => a.projectId),
      ),
    [r],
  );
  const kpis = useMemo(
    () => (r ? scenarioKpis(r, new Map((projects.data ?? []).map((p) => [p.id, p]))) : null),
    [r, projects.data],
  );

  const save = useCallback(
    async (patch: Omit<ScenarioUpdate, 'version'>) => {
      setError(null);
      try {
        await writes.update.mutateAsync({ id: s.id, body: { ...patch, version: s.version } });
        return true;
      } catch (e) {
        setError(errorText(e, i18n.language));
        return false;
      }
    },
    [writes.update, s.id, s.version, i18n.language],
  );

  const saveLevers = async () => parsed.ok && (await save({ levers: parsed.levers }));
  const runSolve = async () => {
    if (dirty) {
      if (!parsed.ok || !(await saveLevers())) return;
    }
    await solve.start();
  };
  const jobState = solve.job?.status;
  const solveMsg =
    jobState === 'failed'
      ? f.t('solve.failed', { msg: solve.job?.error?.message ?? '' })
      : jobState === 'cancelled'
        ? f.t('solve.cancelled')
        : null;
  const warn = (msg: string | EngineMessage) => {
    // Typed messages are worded here; results stored before them carry the engine's sentences.
    if (isEngineMessage(msg)) return wordMessage(msg, names, f.en ? 'en' : 'zh');
    const w = parseWarning(msg);
    if (w.key === 'mustNoSite') return f.t('result.w.mustNoSite', { p: names.project(w.project) });
    if (w.key === 'mustMissing')
      return f.t('result.w.mustMissing', { list: w.projects.map(names.project).join(f.en ? ', ' : '、') });
    if (w.key === 'replaced') return f.t('result.w.replaced');
    return w.text;
  };
  const scopeText =
    s.jurisdictionIds.length === 0 ? f.t('scope.city') : s.jurisdictionIds.map(names.jurisdiction).join('、');

  return (
    <div className="sc-ws" data-testid="workspace" data-status={s.status} data-version={s.version}>
      <header className="sc-ws-head">
        <div className="sc-ws-title">
          <Link to="/scenarios" className="small">
            {f.t('ws.back')}
          </Link>
          <h2>{s.name}</h2>
          <StatusBadge status={s.status} stale={s.resultStale} />
          <span className="muted small">{scopeText}</span>
        </div>
        <div className="sc-ws-actions">
          {canEdit && !solve.running && (
            <button
              className="primary"
              onClick={() => void runSolve()}
              disabled={!parsed.ok || writes.update.isPending}
              data-testid="solve"
            >
              {r ? f.t('ws.resolve') : f.t('ws.solve')}
            </button>
          )}
          {canEdit && <CommitPanel scenario={s} names={names} onDone={(text) => setToast({ text, kind: 'ok' })} />}
          {r && user?.role !== 'viewer' && (
            <a className="sc-button" href={exportUrl(s.id)} download data-testid="export">
              {f.t('ws.export')}
            </a>
          )}
          {user?.role !== 'viewer' && (
            <button
              onClick={() =>
                void writes.duplicate
                  .mutateAsync(s.id)
                  .then((d) => navigate(`/scenarios/${d.id}`))
                  .catch((e) => setError(errorText(e, i18n.language)))
              }
              data-testid="duplicate"
            >
              {f.t('ws.duplicate')}
            </button>
          )}
        </div>
      </header>

      {solve.running && <SolveBar job={solve.job} onCancel={() => void solve.cancel()} />}
      {!solve.running && solveMsg && (
        <div className={`sc-note ${jobState === 'failed' ? 'bad' : ''}`} role="status">
          {solveMsg}
        </div>
      )}
      {solve.startError != null && (
        <div className="sc-note bad" role="alert">
          {errorText(solve.startError, i18n.language)}
        </div>
      )}
      {error && (
        <div className="sc-note bad" role="alert">
          {error}
        </div>
      )}
      {committed && (
        <div className="sc-note ok" data-testid="committed-note">
          {f.t('ws.committedNote', { at: f.date(s.committedAt) })}
        </div>
      )}
      {user?.role === 'viewer' && <div className="sc-note">{f.t('ws.viewerNote')}</div>}
      {r && s.resultStale && !solve.running && (
        <div className="sc-note warn" data-testid="stale-note">
          {f.t('ws.stale')}
        </div>
      )}
      {r?.status === 'infeasible' && (
        <div className="sc-note bad sc-infeasible" role="alert" data-testid="infeasible">
          <strong>{f.t('result.infeasible')}</strong>
          <ul>
            {r.warnings.slice(0, 3).map((w, i) => (
              <li key={i}>{warn(w)}</li>
            ))}
          </ul>
          {r.warnings.length > 3 && (
            <details>
              <summary>{f.t('result.more', { n: r.warnings.length - 3 })}</summary>
              <ul>
                {r.warnings.slice(3).map((w, i) => (
                  <li key={i}>{warn(w)}</li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}

      {r?.partial && r.shortfall && r.shortfall.length > 0 && (
        <div className="sc-note warn sc-shortfall" role="status" data-testid="shortfall">
          <strong>{f.t('result.shortfall', { n: r.shortfall.length })}</strong>
          <ul>
            {r.shortfall.map((x) => (
              <li key={x.projectId}>{warn(x.message)}</li>
            ))}
          </ul>
        </div>
      )}

      <div className="sc-ws-body">
        <aside className="sc-side card">
          <LeversPanel
            draft={draft}
            onChange={setDraft}
            errors={parsed.ok ? {} : parsed.errors}
            parks={scopeParks}
            disabled={!canEdit || solve.running}
            dirty={dirty}
            saving={writes.update.isPending}
            onSave={() => void saveLevers()}
          />
        </aside>
        <section className="sc-main">
          {r && kpis ? <ResultHeader result={r} kpis={kpis} /> : <div className="sc-note">{f.t('ws.noResult')}</div>}
          {r && r.status !== 'infeasible' && r.warnings.length > 0 && (
            <details className="sc-warnings small">
              <summary>
                {f.t('result.warnings')} ({r.warnings.length})
              </summary>
              <ul>
                {r.warnings
                  .filter((w) => !isEngineMessage(w) || !w.code.startsWith('shortfall'))
                  .map((w, i) => (
                    <li key={i}>{warn(w)}</li>
                  ))}
              </ul>
            </details>
          )}
          {scopeParks.length > 0 && (
            <ScenarioMap
              result={r}
              parks={scopeParks}
              plots={geo.plots}
              buildings={geo.buildings}
              names={names}
              colours={colours}
              highlight={hover}
              basis={s.levers.shareBasis}
            />
          )}
          {r && (
            <ResultTabs
              scenario={s}
              result={r}
              names={names}
              colours={colours}
              canEdit={canEdit && !solve.running}
              onHover={setHover}
              save={save}
              onSaved={(text) => setToast({ text, kind: 'ok' })}
            />
          )}
        </section>
      </div>
      {toast && <Toast text={toast.text} kind={toast.kind} onClose={() => setToast(null)} />}
    </div>
  );
}
