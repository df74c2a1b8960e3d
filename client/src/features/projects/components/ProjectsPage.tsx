import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useProjects } from '../api/projects';
import { useLabels } from './useLabels';
import { applyFilters, NO_FILTERS, sortRows, type Filters, type SortKey } from './filter';
import { FilterBar } from './FilterBar';
import { ProjectCard } from './ProjectCard';
import { ProjectForm } from './ProjectForm';
import { ImportDialog } from './ImportDialog';
import { StageBadge } from './StageBadge';
import { useAuth } from '@/app/auth';
import { formatM2, formatMu, formatWan, formatWanShort } from '@shared/units';
import './projects.css';

type Column = [SortKey | null, string, boolean];
const COLUMNS: Column[] = [
  ['name', 'name', false],
  ['investor', 'investor', false],
  ['county', 'county', false],
  [null, 'industry', false],
  ['investmentWan', 'investment', true],
  ['need', 'need', true],
  ['taxWan', 'tax', true],
  ['jobs', 'jobs', true],
  ['stage', 'stage', false],
  [null, 'head', false],
  [null, 'leader', false],
];
/** With the card open the table keeps the columns a reader scans by. */
const COMPACT = new Set(['name', 'county', 'investment', 'need', 'stage']);

/** The pipeline of prospects (招商项目储备库): filters, a sortable table and the card of the selected prospect. */
export function ProjectsPage() {
  const L = useLabels();
  const { t, lang } = L;
  const { user } = useAuth();
  const projects = useProjects();
  const [params, setParams] = useSearchParams();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'investmentWan', dir: -1 });
  const [dialog, setDialog] = useState<'new' | 'import' | null>(null);
  const selected = Number(params.get('id')) || null;
  const select = (id: number | null) => setParams(id ? { id: String(id) } : {}, { replace: true });
  const rows = useMemo(
    () => sortRows(applyFilters(projects.data ?? [], filters), sort.key, sort.dir, L.county),
    [projects.data, filters, sort, L.county],
  );
  if (projects.isLoading || !L.ready) return <p>{t('common:loading')}</p>;
  if (projects.error) return <p className="error">{String(projects.error)}</p>;
  const total = rows.reduce((s, p) => s + (p.investmentWan ?? 0), 0);
  const canWrite = user?.role !== 'viewer';
  const current = rows.find((p) => p.id === selected) ?? projects.data!.find((p) => p.id === selected);
  const cols = current ? COLUMNS.filter(([, l]) => COMPACT.has(l)) : COLUMNS;
  const show = (l: string) => !current || COMPACT.has(l);
  const header = (key: SortKey | null, label: string, num: boolean) => {
    const active = key && sort.key === key;
    return (
      <th
        key={label}
        className={num ? 'num' : undefined}
        aria-sort={active ? (sort.dir === 1 ? 'ascending' : 'descending') : undefined}
      >
        {key ? (
          <button
            className="pp-sort"
            onClick={() => setSort({ key, dir: active ? (-sort.dir as 1 | -1) : num ? -1 : 1 })}
          >
            {t(`col.${label}`)}
            {active ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}
          </button>
        ) : (
          t(`col.${label}`)
        )}
      </th>
    );
  };
  return (
    <section className="pp-page">
      <div className="pp-head">
        <h2>{t('title')}</h2>
        <input
          className="pp-search"
          type="search"
          placeholder={t('search')}
          aria-label={t('search')}
          value={filters.q}
          onChange={(e) => setFilters({ ...filters, q: e.target.value })}
        />
        <span className="pp-actions">
          {canWrite && (
            <button className="primary" onClick={() => setDialog('new')}>
              {t('add')}
            </button>
          )}
          {canWrite && (
            <button onClick={() => setDialog('import')} data-testid="import-open">
              {t('import')}
            </button>
          )}
          {canWrite && (
            <a className="pp-btn" href="/api/projects/export" download>
              {t('exportCsv')}
            </a>
          )}
          {canWrite && (
            <a className="pp-btn" href="/api/projects/export.xlsx" download>
              {t('exportXlsx')}
            </a>
          )}
        </span>
      </div>
      <FilterBar filters={filters} onChange={setFilters} labels={L} />
      <p className="muted small" data-testid="pp-summary">
        {t('summary', { count: rows.length, yi: user?.role === 'viewer' ? '—' : formatWan(total, lang) })}
      </p>
      <div className={current ? 'pp-split' : undefined}>
        <div className="pp-table-wrap card">
          <table className="pp-table" data-testid="pp-table">
            <thead>
              <tr>{cols.map(([k, l, n]) => header(k, l, n))}</tr>
            </thead>
            <tbody>
              {rows.map((p) => (
                <tr
                  key={p.id}
                  className={p.id === selected ? 'selected' : undefined}
                  onClick={() => select(p.id)}
                  data-id={p.id}
                >
                  <td>
                    <button className="link pp-name">{p.name}</button>
                  </td>
                  {show('investor') && (
                    <td className="pp-clip" title={p.investor}>
                      {p.investor}
                    </td>
                  )}
                  <td>{L.county(p.jurisdictionId)}</td>
                  {show('industry') && (
                    <td className="pp-clip">
                      {L.industry(p.industryId)}
                      {p.chainLinkId ? <span className="muted"> · {L.link(p.chainLinkId)}</span> : null}
                    </td>
                  )}
                  <td className="num">{p.investmentWan === undefined ? '—' : formatWanShort(p.investmentWan, lang)}</td>
                  <td className="num">
                    {p.landNeedMu != null ? formatMu(p.landNeedMu, lang) : formatM2(p.floorNeedM2 ?? NaN, lang)}
                  </td>
                  {show('tax') && (
                    <td className="num">{p.taxWan === undefined ? '—' : formatWanShort(p.taxWan, lang)}</td>
                  )}
                  {show('jobs') && <td className="num">{p.jobs}</td>}
                  <td>
                    <StageBadge stage={p.stage} />
                  </td>
                  {show('head') && (
                    <td>{p.head === 'none' ? '' : <span className="pp-head-flag">{t(`head.${p.head}`)}</span>}</td>
                  )}
                  {show('leader') && <td>{t(`role.${p.leaderRole}`)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length === 0 && <p className="muted pp-empty">{t('empty')}</p>}
        </div>
        {current && <ProjectCard key={current.id} project={current} onClose={() => select(null)} canWrite={canWrite} />}
      </div>
      {dialog === 'new' && (
        <ProjectForm
          onClose={() => setDialog(null)}
          onSaved={(id) => {
            setDialog(null);
            select(id);
          }}
        />
      )}
      {dialog === 'import' && <ImportDialog onClose={() => setDialog(null)} />}
    </section>
  );
}
