import { useEffect, useState } from 'react';
import { errorText } from '@/i18n/errors';
import type { GeoPolygon } from '@shared/types/common';
import { useImportPlots, type ImportOptions, type ImportReport } from '../api/edit';
import { useFmt } from '../model/format';
import { ImportMapping } from './ImportMapping';
import { ImportPreviewMap } from './ImportPreviewMap';

interface PickedFile {
  bytes: ArrayBuffer;
  type: string;
}

/**
 * Import plots from a file: upload → the server's dry run (geometry, duplicates, overlaps, area)
 * shown per feature and drawn over the park → the user maps the columns, each change checked
 * again → the import on confirmation, in one transaction, with its final report.
 */
export function ImportDialog({ parkId, boundary, onClose }: { parkId: number; boundary: GeoPolygon; onClose(): void }) {
  const f = useFmt();
  const imp = useImportPlots();
  const [file, setFile] = useState<PickedFile | null>(null);
  const [opts, setOpts] = useState<ImportOptions>({});
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { mutateAsync } = imp;

  // Every change of file or mapping is checked again by the server's dry run.
  useEffect(() => {
    if (!file) return;
    let live = true;
    setError(null);
    mutateAsync({ parkId, file: file.bytes, type: file.type, dryRun: true, opts })
      .then((r) => live && setReport(r))
      .catch((e) => live && (setReport(null), setError(errorText(e, f.locale))));
    return () => {
      live = false;
    };
  }, [file, opts, parkId, mutateAsync, f.locale]);

  const onFile = async (picked: File | undefined) => {
    setReport(null);
    setOpts({});
    setFile(picked ? { bytes: await picked.arrayBuffer(), type: picked.type } : null);
  };
  const confirm = async () => {
    if (!file) return;
    try {
      setReport(await mutateAsync({ parkId, file: file.bytes, type: file.type, dryRun: false, opts }));
      setFile(null);
    } catch (e) {
      setError(errorText(e, f.locale));
    }
  };
  const refused = report?.features.filter((x) => x.outcome === 'refused').length ?? 0;
  return (
    <section className="mp-import" data-testid="import-dialog">
      <div className="mp-panel-head">
        <h3 className="mp-h3">{f.t('import.title')}</h3>
        <button className="link mp-close" onClick={onClose}>
          ×
        </button>
      </div>
      <p className="muted small">{f.t('import.formats')}</p>
      <input
        type="file"
        accept=".geojson,.json,.zip,.kml,.dxf,application/geo+json,application/json,application/zip"
        onChange={(e) => void onFile(e.target.files?.[0])}
        data-testid="import-file"
      />
      {imp.isPending && <p className="muted small">{f.t('import.reading')}</p>}
      {error && (
        <p className="error small" role="alert">
          {error}
        </p>
      )}
      {report && file && report.dryRun && <ImportMapping report={report} value={opts} onChange={setOpts} />}
      {report && report.dryRun && <ImportPreviewMap boundary={boundary} report={report} />}
      {report && (
        <div className="mp-report" data-testid="import-report" data-dry-run={String(report.dryRun)}>
          <p className="small">
            <b>{report.dryRun ? f.t('import.preview') : ''}</b> {f.t('import.features', { n: report.features.length })}
          </p>
          <p className="small ok" data-testid="import-counts">
            {report.dryRun
              ? f.t('import.willCreate', { n: report.created })
              : f.t('import.created', { n: report.created })}
            {report.updated > 0 &&
              ' · ' +
                (report.dryRun
                  ? f.t('import.willUpdate', { n: report.updated })
                  : f.t('import.updated', { n: report.updated }))}
          </p>
          {refused > 0 && (
            <p className="small bad">
              {report.dryRun ? f.t('import.willSkip', { n: refused }) : f.t('import.skipped', { n: refused })}
            </p>
          )}
          <table className="mp-table small">
            <thead>
              <tr>
                <th>{f.t('import.index')}</th>
                <th>{f.t('import.code')}</th>
                <th>{f.t('import.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {report.features.slice(0, 200).map((s) => (
                <tr
                  key={s.index}
                  data-outcome={s.outcome}
                  className={s.outcome === 'refused' ? 'mp-refused' : undefined}
                >
                  <td>{s.index}</td>
                  <td>{s.code}</td>
                  <td>
                    {f.t(`import.outcome_${s.outcome}`)}
                    {s.reason ? (f.locale === 'en' ? ': ' : '：') + s.reason : ''}
                    {s.note ? ` (${s.note})` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.dryRun && report.created + report.updated > 0 && (
            <button
              className="primary"
              onClick={() => void confirm()}
              disabled={imp.isPending}
              data-testid="import-confirm"
            >
              {f.t('import.confirm')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
