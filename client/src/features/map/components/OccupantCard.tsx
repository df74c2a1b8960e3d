import { useEnterprise, useGrade } from '../api/details';
import { GRADE_COLOURS } from '../model/colours';
import { useFmt } from '../model/format';

/** An occupant: its yearly figures (latest first) and its 亩均 grade with score and rank in its county. */
export function OccupantCard({ id }: { id: number }) {
  const f = useFmt();
  const e = useEnterprise(id);
  const g = useGrade(id);
  if (e.isLoading) return <p className="muted small">{f.t('loading')}</p>;
  if (!e.data) return null;
  const years = [...e.data.figures].sort((a, b) => b.year - a.year);
  const grade = g.data?.grade ?? null;
  return (
    <section className="mp-occupant" data-testid="occupant">
      <h3 className="mp-h3">{f.t('enterprise.title')}</h3>
      <div className="mp-occ-name">{f.name(e.data)}</div>
      <div className="mp-grade-row">
        <span className="muted small">{f.t('enterprise.grade')}</span>
        {grade ? (
          <>
            <span className="mp-grade" style={{ background: GRADE_COLOURS[grade.grade] }} data-testid="grade">
              {grade.grade}
            </span>
            <span className="small">
              {f.t('enterprise.score')} {grade.score.toFixed(1)} ·{' '}
              {f.t('enterprise.rank', { rank: grade.rank, n: grade.groupSize })}
            </span>
          </>
        ) : (
          <span className="small muted">{g.isLoading ? f.t('loading') : f.t('enterprise.notGraded')}</span>
        )}
      </div>
      {grade && (
        <div className="small muted mp-grade-ind">
          {f.t('enterprise.taxPerMu')} {f.wanPerMu(grade.indicators.taxPerMu ?? NaN)} · {f.t('enterprise.vaPerMu')}{' '}
          {f.wanPerMu(grade.indicators.valueAddedPerMu ?? NaN)}
          {grade.small && <div>{f.t('enterprise.small')}</div>}
        </div>
      )}
      {years.length > 0 && (
        <table className="mp-table small">
          <thead>
            <tr>
              <th>{f.t('enterprise.year')}</th>
              <th className="num">{f.t('enterprise.tax')}</th>
              <th className="num">{f.t('enterprise.valueAdded')}</th>
              <th className="num">{f.t('enterprise.revenue')}</th>
              <th className="num">{f.t('enterprise.employees')}</th>
            </tr>
            <tr className="mp-units-row">
              <th />
              <th className="num" colSpan={3}>
                {f.t('enterprise.unitWan')}
              </th>
              <th className="num">{f.t('enterprise.unitPeople')}</th>
            </tr>
          </thead>
          <tbody>
            {years.map((y) => (
              <tr key={y.year}>
                <td>{y.year}</td>
                <td className="num">{f.dec(y.taxWan)}</td>
                <td className="num">{f.dec(y.valueAddedWan)}</td>
                <td className="num">{f.dec(y.revenueWan)}</td>
                <td className="num">{f.int(y.employees)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
