import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReview, useRunReview } from '../api/afterdeal';
import { FilingsImport } from './FilingsImport';
import { gradeChange } from '@shared/efficiency/review';

const n2 = (v: number | null | undefined) => (v == null || !Number.isFinite(v) ? '—' : v.toFixed(2));

/** The county's kept 亩均 review of a year: distribution, each firm against the benchmark, last year, the tiers. */
export function ReviewTab({ jurisdictionId }: { jurisdictionId: number }) {
  const { t, i18n } = useTranslation('afterdeal');
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear - 1);
  const q = useReview(jurisdictionId, year);
  const run = useRunReview();
  const r = q.data;
  return (
    <div data-testid="afd-review" className="afd-review">
      <p className="afd-noprint">
        {t('review.year')}{' '}
        <select value={year} onChange={(e) => setYear(Number(e.target.value))} data-testid="afd-review-year">
          {[thisYear, thisYear - 1, thisYear - 2, thisYear - 3].map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>{' '}
        <button
          className="primary"
          disabled={run.isPending}
          onClick={() => run.mutate({ jurisdictionId, year })}
          data-testid="afd-review-run"
        >
          {run.isPending ? t('review.running') : t('review.run')}
        </button>{' '}
        {r && (
          <>
            <a href={`/api/efficiency/reviews/${r.id}/export.xlsx`}>{t('review.export')}</a>{' '}
            <button className="link" onClick={() => window.print()}>
              {t('review.print')}
            </button>
          </>
        )}
      </p>
      <FilingsImport />
      {run.error && <p className="error">{String(run.error.message)}</p>}
      {q.isLoading ? (
        <p>{t('common:loading')}</p>
      ) : !r ? (
        <p className="muted">{t('review.notRun', { year })}</p>
      ) : (
        <>
          <p className="muted small">
            {t('review.runAt', { at: r.runAt.slice(0, 16).replace('T', ' '), n: r.rows.length })}
          </p>
          <div className="afd-dist" data-testid="afd-distribution">
            {(['A', 'B', 'C', 'D'] as const).map((g) => (
              <div key={g} className={`card afd-grade-${g}`}>
                <div className="afd-big">{r.distribution[g]}</div>
                <div className="muted small">
                  {t('review.grade')} {g}
                </div>
              </div>
            ))}
          </div>
          <table>
            <thead>
              <tr>
                <th className="num">{t('review.rank')}</th>
                <th>{t('review.enterprise')}</th>
                <th>{t('review.scale')}</th>
                <th className="num">{t('review.land')}</th>
                <th className="num">{t('review.taxPerMu')}</th>
                <th className="num">{t('review.vaPerMu')}</th>
                <th className="num">{t('review.score')}</th>
                <th>{t('review.grade')}</th>
                <th>{t('review.previous')}</th>
                <th>{t('review.change')}</th>
              </tr>
            </thead>
            <tbody>
              {r.benchmarks && (
                <tr className="afd-bench">
                  <td />
                  <td>{t('review.benchmark')}</td>
                  <td />
                  <td />
                  <td className="num">{n2(r.benchmarks.taxPerMu)}</td>
                  <td className="num">{n2(r.benchmarks.valueAddedPerMu)}</td>
                  <td className="num">100</td>
                  <td colSpan={3} />
                </tr>
              )}
              {r.rows.map((x) => (
                <tr key={x.enterpriseId}>
                  <td className="num">{x.rank}</td>
                  <td>{x.name}</td>
                  <td>{x.small ? t('review.small') : t('review.large')}</td>
                  <td className="num">{x.landMu.toFixed(1)}</td>
                  <td className="num">{n2(x.indicators.taxPerMu)}</td>
                  <td className="num">{n2(x.indicators.valueAddedPerMu)}</td>
                  <td className="num">{x.score.toFixed(1)}</td>
                  <td>
                    <span className={`afd-grade afd-grade-${x.grade}`}>{x.grade}</span>
                  </td>
                  <td>{x.previous?.grade ?? '—'}</td>
                  <td>{t(`review.changeWord.${gradeChange(x)}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t('review.tiers')}</h3>
          <table data-testid="afd-tiers">
            <thead>
              <tr>
                <th>{t('review.grade')}</th>
                <th className="num">{t('review.tier.electricity')}</th>
                <th className="num">{t('review.tier.water')}</th>
                <th className="num">{t('review.tier.landTax')}</th>
                <th>{t('review.tier.priority')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {r.tiers.map((x) => (
                <tr key={x.grade}>
                  <td>{x.grade}</td>
                  <td className="num">{x.electricitySurchargeYuanPerKwh}</td>
                  <td className="num">{x.waterSurchargeYuanPerM3}</td>
                  <td className="num">{Math.round(x.landUseTaxReliefShare * 100)}%</td>
                  <td>{t(`review.priority.${x.landPriority}`)}</td>
                  <td className="small">{i18n.language.startsWith('zh') ? x.noteZh : x.noteEn}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
