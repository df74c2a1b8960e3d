import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@/app/auth';
import { errorText } from '@/i18n/errors';
import { useScenarios, useScenarioWrites } from '../api/scenarios';
import { useJurisdictions } from '@/lib/reference-data';
import { useFmt } from '../model/format';
import { CreateForm } from './CreateForm';
import { StatusBadge } from './StatusBadge';
import '../scenarios.css';

/** /scenarios: the list, a new-scenario form, and picking 2–3 solved scenarios to compare. */
export function ScenariosPage() {
  const f = useFmt();
  const { i18n } = useTranslation();
  const { user } = useAuth();
  const navigate = useNavigate();
  const list = useScenarios();
  const jur = useJurisdictions();
  const { duplicate, remove } = useScenarioWrites();
  const [picked, setPicked] = useState<number[]>([]);
  const [error, setError] = useState<string | null>(null);
  const canWrite = user?.role !== 'viewer';
  const jname = (id: number) => {
    const j = jur.data?.find((x) => x.id === id);
    return j ? (f.en ? j.nameEn : j.name) : `#${id}`;
  };
  const scopeText = (ids: number[]) => (ids.length === 0 ? f.t('scope.city') : ids.map(jname).join('、'));
  const toggle = (id: number) =>
    setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : p.length >= 3 ? p : [...p, id]));
  const act = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(errorText(e, i18n.language));
    }
  };

  return (
    <div className="sc-page" data-testid="scenarios-page">
      <div className="sc-list-head">
        <div>
          <h2>{f.t('title')}</h2>
          <p className="muted sc-intro">{f.t('intro')}</p>
        </div>
      </div>
      <div className="sc-list-layout">
        <section className="card sc-list">
          <div className="sc-list-bar">
            <span className="muted small">
              {picked.length ? f.t('list.selected', { n: picked.length }) : f.t('list.compareHint')}
            </span>
            <button
              className="primary"
              disabled={picked.length < 2}
              data-testid="compare-selected"
              onClick={() => navigate(`/scenarios/compare?ids=${picked.join(',')}`)}
            >
              {f.t('list.compare')}
            </button>
          </div>
          {error && (
            <p className="error small" role="alert">
              {error}
            </p>
          )}
          {list.isLoading ? (
            <p className="muted">{f.t('loading', { ns: 'common' })}</p>
          ) : list.error ? (
            <p className="error">{errorText(list.error, i18n.language)}</p>
          ) : (
            <table className="sc-table" data-testid="scenario-list">
              <thead>
                <tr>
                  <th />
                  <th>{f.t('list.name')}</th>
                  <th>{f.t('list.scope')}</th>
                  <th>{f.t('list.status')}</th>
                  <th className="num">{f.t('list.objective')}</th>
                  <th className="num">{f.t('list.placements')}</th>
                  <th className="num">{f.t('list.leftOut')}</th>
                  <th>{f.t('list.updated')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {(list.data ?? []).length === 0 && (
                  <tr>
                    <td colSpan={9} className="muted">
                      {f.t('list.empty')}
                    </td>
                  </tr>
                )}
                {(list.data ?? []).map((s) => (
                  <tr key={s.id} data-id={s.id}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={s.name}
                        disabled={!s.kpis || (!picked.includes(s.id) && picked.length >= 3)}
                        checked={picked.includes(s.id)}
                        onChange={() => toggle(s.id)}
                        data-testid={`pick-${s.id}`}
                      />
                    </td>
                    <td>
                      <Link to={`/scenarios/${s.id}`}>{s.name}</Link>
                    </td>
                    <td className="small">{scopeText(s.jurisdictionIds)}</td>
                    <td>
                      <StatusBadge status={s.status} stale={s.resultStale} />
                    </td>
                    <td className="num">{s.kpis ? f.wan(s.kpis.objectiveWan) : '—'}</td>
                    <td className="num">{s.kpis ? s.kpis.placements : '—'}</td>
                    <td className="num">{s.kpis ? s.kpis.leftOut : '—'}</td>
                    <td className="small muted">{f.date(s.updatedAt)}</td>
                    <td className="sc-actions">
                      {canWrite && (
                        <button
                          onClick={() =>
                            void act(async () => {
                              const d = await duplicate.mutateAsync(s.id);
                              navigate(`/scenarios/${d.id}`);
                            })
                          }
                        >
                          {f.t('list.duplicate')}
                        </button>
                      )}
                      {canWrite && s.status !== 'committed' && (
                        <button
                          onClick={() => {
                            if (window.confirm(f.t('list.confirmDelete', { name: s.name })))
                              void act(() => remove.mutateAsync(s.id));
                          }}
                        >
                          {f.t('list.delete')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        {canWrite && <CreateForm />}
      </div>
    </div>
  );
}
