import { useState } from 'react';
import { useImportProjects, type ImportReport } from '../api/projects';
import { useLabels } from './useLabels';
import { errorText } from '@/i18n/errors';
import { PROJECT_CSV_COLUMNS } from '@shared/schemas/project-csv';
import { reasonText } from './reasons';

/** The report names fields by key; show the column header the user's file uses. */
const header = (field: string, en: boolean) => {
  const c = PROJECT_CSV_COLUMNS.find((x) => x.key === field);
  return c ? (en ? c.en : c.zh) : field;
};

/** CSV or Excel import: check (dry run) or import, then the server's report row by row (row, field, reason). */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const { t, lang, en } = useLabels();
  const [csv, setCsv] = useState('');
  // An .xlsx file goes to the server as it is; its rows are reported like a CSV's (row 1 the header).
  const [workbook, setWorkbook] = useState<Blob | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [fileName, setFileName] = useState('');
  const run = useImportProjects();
  const go = (dryRun: boolean) => run.mutate({ body: workbook ?? csv, dryRun }, { onSuccess: setReport });
  const ready = workbook !== null || csv.trim() !== '';
  const onFile = async (e: React.ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0];
    if (f) {
      const isXlsx = f.name.toLowerCase().endsWith('.xlsx');
      setWorkbook(isXlsx ? f : null);
      setCsv(isXlsx ? '' : await f.text());
      setFileName(f.name);
      setReport(null);
    }
  };
  return (
    <div className="pp-modal" role="dialog" aria-modal="true" aria-label={t('importDlg.title')}>
      <div className="card pp-form pp-import">
        <h3>{t('importDlg.title')}</h3>
        <p className="small muted">{t('importDlg.help')}</p>
        <div className="pp-file">
          {/* The native file input speaks the browser's language; a labelled button speaks ours. */}
          <label className="pp-btn">
            {t('importDlg.file')}
            <input type="file" accept=".csv,text/csv,.xlsx" onChange={onFile} data-testid="import-file" hidden />
          </label>
          <span className="muted small">{fileName}</span>
        </div>
        <label className="pp-field">
          <span>{t('importDlg.paste')}</span>
          <textarea
            rows={6}
            value={csv}
            disabled={workbook !== null}
            placeholder={workbook ? t('importDlg.workbook', { name: fileName }) : undefined}
            onChange={(e) => {
              setCsv(e.target.value);
              setReport(null);
            }}
            data-testid="import-text"
            spellCheck={false}
          />
        </label>
        <div className="pp-form-actions">
          <button onClick={onClose}>{t('importDlg.close')}</button>
          <button disabled={!ready || run.isPending} onClick={() => go(true)}>
            {t('importDlg.check')}
          </button>
          <button
            className="primary"
            disabled={!ready || run.isPending}
            onClick={() => go(false)}
            data-testid="import-run"
          >
            {t('importDlg.run')}
          </button>
        </div>
        {run.error && (
          <p className="error" role="alert">
            {errorText(run.error, lang)}
          </p>
        )}
        {report && (
          <div className="pp-report" data-testid="import-report">
            <p>
              <b>{t(report.dryRun ? 'importDlg.created' : 'importDlg.createdDone', { n: report.created })}</b>
              {report.skipped.length > 0 ? (
                <span className="error"> · {t('importDlg.skipped', { n: report.skipped.length })}</span>
              ) : (
                <span> · {t('importDlg.allGood')}</span>
              )}
            </p>
            {report.skipped.length > 0 && (
              <table className="pp-mini">
                <thead>
                  <tr>
                    <th className="num">{t('importDlg.row')}</th>
                    <th>{t('importDlg.field')}</th>
                    <th>{t('importDlg.reason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.skipped.map((s, i) => (
                    <tr key={i}>
                      <td className="num">{s.row}</td>
                      <td>{header(s.field, en)}</td>
                      <td>{reasonText(s.reason, en)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
