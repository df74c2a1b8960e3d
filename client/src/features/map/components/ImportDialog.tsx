import { useState } from 'react';
import { errorText } from '../../../i18n/errors';
import { useImportPlots, type ImportReport } from '../api/edit';
import { useFmt } from '../model/format';

/** A FeatureCollection from a file, or why not. */
export function readFeatureCollection(
  text: string,
): { fc: { type: 'FeatureCollection'; features: unknown[] } } | { error: 'badFile' } {
  try {
    const fc = JSON.parse(text) as { type?: unknown; features?: unknown };
    if (fc && fc.type === 'FeatureCollection' && Array.isArray(fc.features))
      return { fc: fc as { type: 'FeatureCollection'; features: unknown[] } };
  } catch {
    /* falls through to the same answer as a wrong shape */
  }
  return { error: 'badFile' };
}

/**
 * Import plots from a GeoJSON file: a dry run first (the server's own checks: geometry, duplicates,
 * overlaps, area), the report shown, then the import on confirmation with its final report.
 */
export function ImportDialog({ parkId, onClose }: { parkId: number; onClose(): void }) {
  const f = useFmt();
  const imp = useImportPlots();
  const [fc, setFc] = useState<unknown>(null);
  const [count, setCount] = useState(0);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  const onFile = async (file: File | undefined) => {
    setError(null);
    setReport(null);
    setFc(null);
    if (!file) return;
    const r = readFeatureCollection(await file.text());
    if ('error' in r) return setError(f.t('import.badFile'));
    setFc(r.fc);
    setCount(r.fc.features.length);
    try {
      setReport(await imp.mutateAsync({ parkId, fc: r.fc, dryRun: true }));
    } catch (e) {
      setError(errorText(e, f.locale));
    }
  };
  const confirm = async () => {
    try {
      setReport(await imp.mutateAsync({ parkId, fc, dryRun: false }));
      setFc(null);
    } catch (e) {
      setError(errorText(e, f.locale));
    }
  };
  return (
    <section className="mp-import" data-testid="import-dialog">
      <div className="mp-panel-head">
        <h3 className="mp-h3">{f.t('import.title')}</h3>
        <button className="link mp-close" onClick={onClose}>
          ×
        </button>
      </div>
      <input
        type="file"
        accept=".geojson,.json,application/geo+json,application/json"
        onChange={(e) => void onFile(e.target.files?.[0])}
        data-testid="import-file"
      />
      {imp.isPending && <p className="muted small">{f.t('import.reading')}</p>}
      {fc != null && <p className="small">{f.t('import.features', { n: count })}</p>}
      {error && (
        <p className="error small" role="alert">
          {error}
        </p>
      )}
      {report && (
        <div className="mp-report" data-testid="import-report">
          <p className="small">
            <b>{report.dryRun ? f.t('import.preview') : ''}</b>
          </p>
          <p className="small ok">
            {report.dryRun
              ? f.t('import.willCreate', { n: report.created })
              : f.t('import.created', { n: report.created })}
          </p>
          {report.skipped.length > 0 && (
            <>
              <p className="small bad">
                {report.dryRun
                  ? f.t('import.willSkip', { n: report.skipped.length })
                  : f.t('import.skipped', { n: report.skipped.length })}
              </p>
              <table className="mp-table small">
                <thead>
                  <tr>
                    <th>{f.t('import.index')}</th>
                    <th>{f.t('import.code')}</th>
                    <th>{f.t('import.reason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.skipped.slice(0, 200).map((s) => (
                    <tr key={s.index}>
                      <td>{s.index}</td>
                      <td>{s.code ?? '—'}</td>
                      <td>{s.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          {report.dryRun && report.created > 0 && (
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
