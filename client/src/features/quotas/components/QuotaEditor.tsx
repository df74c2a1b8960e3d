import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePutQuotas } from '../api/quotas';
import { errorText } from '@/i18n/errors';
import type { Jurisdiction, LeaderRole } from '@shared/types/jurisdiction';
import { quotasPutSchema } from '@shared/schemas/quota';
import { wanToYi, yiToWan } from '@shared/units';

interface Row {
  role: LeaderRole;
  leaderName: string;
  count: string;
  minYi: string;
  dominantOnly: boolean;
}

/** The city administrator edits a jurisdiction's quotas for the year (the server replaces that year's set). */
export function QuotaEditor({
  year,
  jurisdiction: j,
  onDone,
}: {
  year: number;
  jurisdiction: Jurisdiction;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation('quotas');
  const put = usePutQuotas();
  const [rows, setRows] = useState<Row[]>(() =>
    j.quotas
      .filter((q) => q.year === year)
      .map((q) => ({
        role: q.role,
        leaderName: q.leaderName,
        count: String(q.count),
        minYi: String(wanToYi(q.minInvestmentWan)),
        dominantOnly: q.dominantOnly,
      })),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const set = (i: number, patch: Partial<Row>) => setRows(rows.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  const save = () => {
    const body = {
      year,
      quotas: rows.map((r) => ({
        role: r.role,
        leaderName: r.leaderName,
        count: Number(r.count),
        minInvestmentWan: yiToWan(Number(r.minYi)),
        dominantOnly: r.dominantOnly,
      })),
    };
    const ok = quotasPutSchema.safeParse(body);
    if (!ok.success) {
      setProblem(`${ok.error.issues[0].path.join('.')}: ${ok.error.issues[0].message}`);
      return;
    }
    put.mutate({ id: j.id, body: ok.data }, { onSuccess: onDone });
  };
  return (
    <div className="card qb-editor" data-testid="quota-editor">
      <h4>
        {i18n.language.startsWith('zh') ? j.name : j.nameEn || j.name} · {year}
      </h4>
      <table className="qb-table">
        <thead>
          <tr>
            <th>{t('form.role')}</th>
            <th>{t('form.leaderName')}</th>
            <th>{t('form.count')}</th>
            <th>{t('form.min')}</th>
            <th>{t('form.dominantOnly')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <td>
                <select value={r.role} onChange={(e) => set(i, { role: e.target.value as LeaderRole })}>
                  <option value="head">{t('role.head')}</option>
                  <option value="deputy">{t('role.deputy')}</option>
                </select>
              </td>
              <td>
                <input
                  value={r.leaderName}
                  onChange={(e) => set(i, { leaderName: e.target.value })}
                  aria-label={t('form.leaderName')}
                />
              </td>
              <td>
                <input
                  type="number"
                  min="0"
                  step="1"
                  value={r.count}
                  onChange={(e) => set(i, { count: e.target.value })}
                  aria-label={t('form.count')}
                  className="qb-num"
                />
              </td>
              <td>
                <input
                  type="number"
                  min="0"
                  step="0.1"
                  value={r.minYi}
                  onChange={(e) => set(i, { minYi: e.target.value })}
                  aria-label={t('form.min')}
                  className="qb-num"
                />
              </td>
              <td>
                <input
                  type="checkbox"
                  checked={r.dominantOnly}
                  onChange={(e) => set(i, { dominantOnly: e.target.checked })}
                  aria-label={t('form.dominantOnly')}
                />
              </td>
              <td>
                <button className="link" onClick={() => setRows(rows.filter((_, k) => k !== i))}>
                  {t('remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {(problem || put.error) && (
        <p className="error" role="alert">
          {problem ?? errorText(put.error, i18n.language)}
        </p>
      )}
      <div className="qb-editor-actions">
        <button
          onClick={() =>
            setRows([...rows, { role: 'deputy', leaderName: '', count: '1', minYi: '1', dominantOnly: false }])
          }
        >
          {t('addRow')}
        </button>
        <span className="pp-spacer" />
        <button onClick={onDone}>{t('cancel')}</button>
        <button className="primary" onClick={save} disabled={put.isPending} data-testid="quota-save">
          {t('save')}
        </button>
      </div>
    </div>
  );
}
