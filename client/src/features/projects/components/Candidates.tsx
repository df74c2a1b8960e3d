import type { ProjectRow } from '../api/projects';
import { useCandidates, useLandProject } from '../api/projects';
import { useLabels } from './useLabels';
import { GradeBadge } from './StageBadge';
import { errorText } from '@/i18n/errors';
import { formatMu, formatWanPerMu } from '@shared/units';

/** The best candidate sites in the prospect's county, each with the grade the prospect would get there. */
export function Candidates({ project: p, canWrite }: { project: ProjectRow; canWrite: boolean }) {
  const L = useLabels();
  const { t, lang } = L;
  const q = useCandidates(p.id);
  const land = useLandProject();
  if (p.stage === 'landed' || p.stage === 'dropped') return null;
  const check = (ok: boolean | null) =>
    ok === null ? (
      '—'
    ) : ok ? (
      <span className="pp-yes">✓</span>
    ) : (
      <span className="pp-no" title={t('candidates.below')}>
        ✗
      </span>
    );
  return (
    <section className="pp-section" data-testid="candidates" data-state={q.isLoading ? 'loading' : 'ready'}>
      <h4>{t('candidates.title')}</h4>
      {q.isLoading && <p className="muted">{t('common:loading')}</p>}
      {q.data && q.data.length === 0 && <p className="muted">{t('candidates.none')}</p>}
      {q.data && q.data.length > 0 && (
        <table className="pp-mini">
          <thead>
            <tr>
              <th>{t('candidates.site')}</th>
              <th>{t('candidates.park')}</th>
              <th className="num">{t('candidates.area')}</th>
              <th>{t('candidates.grade')}</th>
              <th className="num">{t('candidates.taxPerMu')}</th>
              <th>{t('candidates.intensity')}</th>
              <th>{t('candidates.dominant')}</th>
              {canWrite && p.stage === 'signed' && p.landNeedMu != null && <th />}
            </tr>
          </thead>
          <tbody>
            {q.data.map((c) => (
              <tr key={`${c.kind}${c.id}`} className={c.reservedForThis ? 'pp-reserved' : undefined}>
                <td>
                  {t(`candidates.${c.kind}`)} {c.code}
                  {c.reservedForThis && <div className="small muted">{t('candidates.reserved')}</div>}
                </td>
                <td className="pp-clip">{L.en ? c.parkNameEn || c.parkName : c.parkName}</td>
                <td className="num">{formatMu(c.areaMu, lang)}</td>
                <td>
                  {c.preDeal ? (
                    <>
                      <GradeBadge grade={c.preDeal.grade} />{' '}
                      <span className="small muted">
                        {t('candidates.rank', { rank: c.preDeal.rank, n: c.preDeal.groupSize })}
                      </span>
                    </>
                  ) : (
                    '—'
                  )}
                </td>
                <td className="num">
                  {c.preDeal?.taxPerMuWan === undefined ? '—' : formatWanPerMu(c.preDeal.taxPerMuWan, lang)}
                </td>
                <td>{check(c.meetsIntensity)}</td>
                <td>{c.dominant ? <span className="pp-yes">✓</span> : '—'}</td>
                {canWrite && p.stage === 'signed' && p.landNeedMu != null && (
                  <td>
                    {c.kind === 'plot' && (
                      <button disabled={land.isPending} onClick={() => land.mutate({ id: p.id, plotId: c.id })}>
                        {t('move.landHere')}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="small muted">{t('candidates.note')}</p>
      {land.error && (
        <p className="error" role="alert">
          {errorText(land.error, lang)}
        </p>
      )}
    </section>
  );
}
