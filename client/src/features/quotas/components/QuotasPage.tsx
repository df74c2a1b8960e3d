import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuotaBoard } from '../api/quotas';
import { useJurisdictions } from '@/lib/reference-data';
import { QuotaRows } from './QuotaRows';
import { QuotaEditor } from './QuotaEditor';
import { useAuth } from '@/app/auth';
import { formatWan, type Locale } from '@shared/units';
import './quotas.css';

/** The leaders' quota board: per county and leader, this year's target against signed and landed prospects. */
export function QuotasPage() {
  const { t, i18n } = useTranslation('quotas');
  const en = !i18n.language.startsWith('zh');
  const lang: Locale = en ? 'en' : 'zh-CN';
  const { user } = useAuth();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [editing, setEditing] = useState<number | null>(null);
  const board = useQuotaBoard(year);
  const js = useJurisdictions();
  if (board.isLoading || js.isLoading) return <p>{t('common:loading')}</p>;
  if (board.error || !board.data) return <p className="error">{String(board.error)}</p>;
  const b = board.data;
  const name = (id: number) => {
    const j = js.data?.find((x) => x.id === id);
    return j ? (en ? j.nameEn || j.name : j.name) : '—';
  };
  const admin = user?.role === 'admin';
  const tot = b.countyTotal;
  const stat = (label: string, value: React.ReactNode, cls = '') => (
    <div className={`card qb-stat ${cls}`}>
      <div className="muted small">{label}</div>
      <div className="qb-stat-value">{value}</div>
    </div>
  );
  const edit = (id: number) =>
    admin ? (
      <button className="link small" onClick={() => setEditing(id)}>
        {t('edit')}
      </button>
    ) : null;
  const jurisdiction = (id: number) => js.data!.find((x) => x.id === id)!;
  return (
    <section className="qb-page">
      <div className="qb-head">
        <h2>{t('title')}</h2>
        <label className="qb-year">
          {t('year')}
          <select value={year} onChange={(e) => setYear(Number(e.target.value))} data-testid="quota-year">
            {[thisYear - 1, thisYear, thisYear + 1].map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="muted small">{t('note')}</p>
      <h3>{t('cityTotal')}</h3>
      <div className="qb-stats" data-testid="quota-total">
        {stat(t('target'), tot.target)}
        {stat(t('achieved'), <span data-testid="quota-achieved">{tot.achieved}</span>, 'qb-ok')}
        {stat(`${t('signed')} / ${t('landed')}`, `${tot.signed} / ${tot.landed}`)}
        {stat(t('gap'), tot.gap, tot.gap > 0 ? 'qb-warn' : '')}
        {stat(
          t('pipeline'),
          t('pipelineSum', {
            n: tot.pipelineCount,
            yi: tot.pipelineWan === null ? '—' : formatWan(tot.pipelineWan, lang),
          }),
        )}
      </div>
      {b.city && (
        <>
          <h3>
            {t('cityLeaders')} {edit(b.city.jurisdictionId)}
          </h3>
          {editing === b.city.jurisdictionId ? (
            <QuotaEditor
              year={year}
              jurisdiction={jurisdiction(b.city.jurisdictionId)}
              onDone={() => setEditing(null)}
            />
          ) : (
            <QuotaRows groups={[b.city]} name={name} lang={lang} city />
          )}
        </>
      )}
      <h3>{t('county')}</h3>
      {editing !== null && editing !== b.city?.jurisdictionId && (
        <QuotaEditor year={year} jurisdiction={jurisdiction(editing)} onDone={() => setEditing(null)} />
      )}
      <QuotaRows groups={b.counties} name={name} lang={lang} onEdit={admin ? setEditing : undefined} />
    </section>
  );
}
