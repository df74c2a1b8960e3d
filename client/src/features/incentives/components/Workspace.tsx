import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { comparePackages, financeSettings, type PackageComparison } from '@shared/incentives';
import type { Project } from '@shared/types/project';
import { formatShare, type Locale } from '@shared/units';
import { ApiError } from '@/lib/api';
import { errorText } from '@/i18n/errors';
import { useAuth } from '@/app/auth';
import { useProjectPackages, useSavePackage, useTemplates } from '../api/packages';
import { useIndustries, useJurisdictions, useParks } from '@/lib/reference-data';
import {
  addColumn,
  fromSaved,
  fromTemplate,
  initialColumns,
  removeColumn,
  replaceColumn,
  toCompared,
  type Column,
} from '../model/columns';
import { benchCompare, type BenchResult } from '../model/bench';
import { canDeletePackage, canWriteProject } from '../model/permissions';
import type { SizingFacts } from '../model/editor-form';
import type { WorkbookInput } from '../model/workbook';
import { ProjectFacts } from './ProjectFacts';
import { DEFAULT_SCREEN_SETTINGS, SettingsBar, type ScreenSettings } from './SettingsBar';
import { PackageBar } from './PackageBar';
import { MetricsTable } from './MetricsTable';
import { Charts } from './Charts';
import { WarningsList } from './WarningsList';
import { PackageEditor, type EditorResult } from './PackageEditor';
import { ExportButton } from './ExportButton';
import { PrintHeader } from './PrintHeader';
import { Highlights } from './Highlights';

declare global {
  interface Window {
    __benchCompare?: (runs?: number) => BenchResult;
  }
}

/** One project's comparison: loads its packages and templates, keeps the columns and levers, recomputes in the browser.
 * */
export function Workspace({ project }: { project: Project }) {
  const { t, i18n } = useTranslation('incentives');
  const lang: Locale = i18n.language.startsWith('zh') ? 'zh-CN' : 'en';
  const en = lang === 'en';
  const { user } = useAuth();
  const saved = useProjectPackages(project.id);
  const [parkId, setParkId] = useState<number | null>(null);
  const tpl = useTemplates(project.id, parkId);
  const jurisdictions = useJurisdictions();
  const industries = useIndustries();
  const parks = useParks();
  const [columns, setColumns] = useState<Column[] | null>(null);
  const [screen, setScreen] = useState<ScreenSettings>(DEFAULT_SCREEN_SETTINGS);
  const [editing, setEditing] = useState<string | null>(null);
  const save = useSavePackage(project.id);

  useEffect(() => {
    if (columns === null && saved.data && tpl.data) setColumns(initialColumns(saved.data, tpl.data.drafts));
  }, [columns, saved.data, tpl.data]);

  const park = tpl.data?.park ?? null;
  const jurisdiction = jurisdictions.data?.find((j) => j.id === project.jurisdictionId) ?? null;
  const gbtGroup = industries.data?.find((i) => i.id === project.industryId)?.gbtGroup ?? null;
  const settings = useMemo(
    () =>
      financeSettings(jurisdiction, {
        butForShare: screen.butForShare,
        horizonYears: screen.horizonYears,
        discountRate: screen.discountRate,
      }),
    [jurisdiction, screen.butForShare, screen.horizonYears, screen.discountRate],
  );
  const cols = useMemo(() => columns ?? [], [columns]);
  const base = useMemo(
    () => ({ packages: toCompared(cols), project, settings, park, gbtGroup, plannedFar: screen.plannedFar }),
    [cols, project, settings, park, gbtGroup, screen.plannedFar],
  );
  // The slider's whole effect: one pure call in the browser, no server round-trip.
  const comps: PackageComparison[] = useMemo(
    () => comparePackages({ ...base, deliveredShare: screen.deliveredShare }),
    [base, screen.deliveredShare],
  );

  // Charts redraw after the table has shown the new figures, and a newer slider move interrupts them.
  const chartComps = useDeferredValue(comps);
  const chartShare = useDeferredValue(screen.deliveredShare);

  useEffect(() => {
    const pool = [...base.packages, ...(tpl.data?.drafts ?? [])];
    if (!pool.length) return;
    window.__benchCompare = (runs) => benchCompare(base, pool, runs);
    return () => {
      delete window.__benchCompare;
    };
  }, [base, tpl.data]);

  const forbidden = [saved.error, tpl.error].some((e) => e instanceof ApiError && e.status === 403);
  if (forbidden)
    return (
      <p className="card inc-forbidden" data-testid="incentives-forbidden">
        {t('forbidden')}
      </p>
    );
  const loadError = saved.error ?? tpl.error;
  if (loadError) return <p className="error">{t('error', { msg: errorText(loadError, i18n.language) })}</p>;
  if (columns === null) return <p className="muted">{t('loading', { ns: 'common' })}</p>;

  const date = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric' }).format(new Date());
  const isoDate = new Date().toISOString().slice(0, 10);
  const canSave = canWriteProject(user, project.jurisdictionId);
  const editingCol = columns.find((c) => c.key === editing) ?? null;
  const facts: SizingFacts = {
    ...project,
    listedLandPriceWanPerMu: park?.listedLandPriceWanPerMu ?? 0,
    minFar: park?.minFar ?? 1,
  };
  const apply = (key: string, r: EditorResult) => {
    setColumns((cs) => replaceColumn(cs ?? [], key, { ...cs!.find((c) => c.key === key)!, ...r, dirty: true }));
    setEditing(null);
  };
  const onSave = (key: string, r: EditorResult) => {
    const col = columns.find((c) => c.key === key)!;
    const req =
      col.id === null
        ? {
            id: null,
            body: {
              projectId: project.id,
              name: r.name,
              nameEn: r.nameEn,
              kind: col.kind,
              isTemplate: false,
              components: r.components,
            },
          }
        : {
            id: col.id,
            body: { name: r.name, nameEn: r.nameEn, kind: col.kind, components: r.components, version: col.version! },
          };
    save.mutate(req, {
      onSuccess: (pkg) => {
        setColumns((cs) => replaceColumn(cs ?? [], key, fromSaved(pkg)));
        setEditing(null);
      },
    });
  };
  const workbook = (): WorkbookInput => ({
    projectName: project.name,
    investor: project.investor,
    parkName: park?.name ?? '',
    comparisons: comps,
    settings,
    deliveredShare: screen.deliveredShare,
    plannedFar: screen.plannedFar,
    preparedAt: date,
  });

  return (
    <div className="inc-workspace">
      <PrintHeader
        project={project}
        date={date}
        settings={settings}
        deliveredShare={screen.deliveredShare}
        lang={lang}
      />
      <ProjectFacts project={project} park={park} parks={parks.data ?? []} onPark={setParkId} lang={lang} />
      <div className="inc-toolbar card no-print">
        <SettingsBar value={screen} onChange={setScreen} lang={lang} />
        <div className="inc-actions">
          <button className="primary" data-testid="print" onClick={() => window.print()}>
            {t('actions.print')}
          </button>
          <ExportButton input={workbook} date={isoDate} />
        </div>
      </div>
      <PackageBar
        projectId={project.id}
        saved={saved.data ?? []}
        drafts={tpl.data?.drafts ?? []}
        columns={columns}
        en={en}
        canDelete={(p) => canDeletePackage(user, p, project.jurisdictionId)}
        onAddSaved={(p) => setColumns((cs) => addColumn(cs ?? [], fromSaved(p)))}
        onAddTemplate={(d) => setColumns((cs) => addColumn(cs ?? [], fromTemplate(d, cs ?? [])))}
        onDeleted={(id) => setColumns((cs) => (cs ?? []).filter((c) => c.id !== id))}
      />
      {columns.length === 0 ? (
        <p className="card muted" data-testid="empty">
          {t('empty')}
        </p>
      ) : (
        <>
          <Highlights comps={comps} deliveredShare={screen.deliveredShare} lang={lang} />
          <section className="card inc-table-card">
            <MetricsTable
              columns={columns}
              comps={comps}
              lang={lang}
              deliveredShare={screen.deliveredShare}
              onEdit={setEditing}
              onRemove={(k) => setColumns((cs) => removeColumn(cs ?? [], k))}
            />
            <p className="muted small inc-notes">
              {t('table.notes', {
                rate: formatShare(settings.discountRate, lang, 2),
                butFor: formatShare(settings.butForShare, lang),
              })}
            </p>
          </section>
          <Charts comps={chartComps} lang={lang} deliveredShare={chartShare} />
          <WarningsList comps={chartComps} en={en} />
        </>
      )}
      <p className="print-only small muted inc-print-foot">{t('print.demo')}</p>
      {editingCol ? (
        <PackageEditor
          key={editingCol.key}
          column={editingCol}
          facts={facts}
          canSave={canSave}
          saving={save.isPending}
          saveError={save.error ? errorText(save.error, i18n.language) : null}
          onApply={(r) => apply(editingCol.key, r)}
          onSave={(r) => onSave(editingCol.key, r)}
          onClose={() => {
            setEditing(null);
            save.reset();
          }}
        />
      ) : null}
    </div>
  );
}
