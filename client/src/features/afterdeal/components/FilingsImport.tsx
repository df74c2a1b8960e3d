import { useTranslation } from 'react-i18next';
import { useImportFilings } from '../api/afterdeal';
import type { FilingProblem } from '@shared/schemas/filing';

/** Imports the tax and statistics offices' yearly sheet; all or nothing, each problem named by row and column. */
export function FilingsImport() {
  const { t } = useTranslation('afterdeal');
  const imp = useImportFilings();
  const problems = ((imp.error as { details?: { problems?: FilingProblem[] } } | null)?.details?.problems ??
    []) as FilingProblem[];
  return (
    <div className="afd-import afd-noprint" data-testid="afd-import">
      <label>
        {t('filings.pick')}{' '}
        <input
          type="file"
          accept=".xlsx,.csv"
          data-testid="afd-import-file"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) imp.mutate(f);
            e.target.value = '';
          }}
        />
      </label>
      {imp.isPending && <span className="muted"> {t('filings.uploading')}</span>}
      {imp.data && (
        <p className="afd-ok" data-testid="afd-import-ok">
          {t('filings.done', {
            n: imp.data.imported,
            c: imp.data.created,
            u: imp.data.updated,
            years: imp.data.years.join('、'),
          })}
        </p>
      )}
      {imp.error && (
        <div className="error" data-testid="afd-import-error">
          <p>{t('filings.refused')}</p>
          <ul>
            {problems.length
              ? problems.map((p, i) => (
                  <li key={i}>{t('filings.problem', { row: p.row, column: p.column, reason: p.reason })}</li>
                ))
              : [<li key="m">{imp.error.message}</li>]}
          </ul>
        </div>
      )}
    </div>
  );
}
