import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fillWorkbook, workbookFileName, type WorkbookInput } from '../model/workbook';

/** Builds the .xlsx in the browser (exceljs loaded on first use, it is large) and downloads it. */
export function ExportButton({ input, date }: { input: () => WorkbookInput; date: string }) {
  const { t } = useTranslation('incentives');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const mod = await import('exceljs');
      const ExcelJS = 'default' in mod && mod.default ? mod.default : mod;
      const wb = new ExcelJS.Workbook();
      const data = input();
      fillWorkbook(wb, data);
      const buf = await wb.xlsx.writeBuffer();
      const blob = new Blob([buf], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = workbookFileName(data.projectName, date);
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    } catch (e) {
      setError(String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button data-testid="export-excel" disabled={busy} onClick={() => void run()}>
        {t('actions.excel')}
      </button>
      {error ? <span className="error small">{error}</span> : null}
    </>
  );
}
