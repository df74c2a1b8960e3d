import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useLandFlags } from '../api/afterdeal';
import { formatMu, formatWan, type Locale } from '@shared/units';
import type { FlagEvidence } from '@shared/agreements/land-flags';

function evidenceText(e: FlagEvidence, t: TFunction): string {
  switch (e.code) {
    case 'not_started':
      return t('flags.notStarted', { date: e.startConstructionBy, months: e.monthsOverdue });
    case 'grade_d':
      return t('flags.gradeD', { years: e.years.join('、') });
    case 'far_low':
      return t('flags.farLow', { far: e.far.toFixed(2), min: e.minFar });
    case 'intensity_low':
      return t('flags.intensityLow', { v: e.investmentWanPerMu.toFixed(0), min: e.minWanPerMu });
  }
}

/** Candidate list of idle and inefficient plots, each with its evidence, the rule and the recovery terms. */
export function FlagsTab({ jurisdictionId }: { jurisdictionId?: number }) {
  const { t, i18n } = useTranslation('afterdeal');
  const lang: Locale = i18n.language.startsWith('zh') ? 'zh-CN' : 'en';
  const q = useLandFlags(jurisdictionId);
  if (q.isLoading) return <p>{t('common:loading')}</p>;
  if (q.error) return <p className="error">{String(q.error)}</p>;
  const rows = [...(q.data ?? [])].sort((a, b) => a.parkId - b.parkId || b.areaMu - a.areaMu);
  const mu = rows.reduce((a, f) => a + f.areaMu, 0);
  return (
    <div data-testid="afd-flags">
      <p className="muted small">
        {t('flags.count', {
          n: rows.length,
          mu: formatMu(mu, lang),
          r: rows.filter((f) => f.recoverable).length,
        })}{' '}
        · {t('flags.hint')}
      </p>
      {!rows.length ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('flags.park')}</th>
              <th>{t('flags.plot')}</th>
              <th className="num">{t('flags.area')}</th>
              <th>{t('flags.enterprise')}</th>
              <th>{t('flags.kind')}</th>
              <th>{t('flags.stage')}</th>
              <th>{t('flags.evidence')}</th>
              <th>{t('flags.recovery')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((f) => (
              <tr key={f.plotId}>
                <td>{f.parkName}</td>
                <td>{f.plotCode}</td>
                <td className="num">{f.areaMu.toFixed(1)}</td>
                <td>{f.enterpriseName ?? '—'}</td>
                <td>
                  <span className={`afd-pill afd-${f.kind}`}>{t(`flags.kindWord.${f.kind}`)}</span>
                </td>
                <td>{t(`flags.stageWord.${f.stage}`)}</td>
                <td className="small">
                  {f.evidence.map((e, i) => (
                    <div key={i}>
                      {evidenceText(e, t)} <span className="muted">（{e.rule}）</span>
                    </div>
                  ))}
                  {f.idleFeeWan != null && <div>{t('flags.fee', { wan: formatWan(f.idleFeeWan, lang) })}</div>}
                </td>
                <td>
                  {f.recoverable
                    ? `${formatWan(f.recoveryCostWan, lang)} / ${t('flags.years', { n: f.recoveryDelayYears })}`
                    : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
