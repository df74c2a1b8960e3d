import { useTranslation } from 'react-i18next';
import type { PackageComparison } from '@shared/incentives';
import { groupWarnings } from '../model/warnings';
import { PACKAGE_COLOURS } from '../model/chart-options';

/**
 * Compliance warnings, each shown once with the packages it concerns, severity coloured and its
 * rule cited. In print only forbidden / to-justify items are listed (notes are counted) so the
 * brief stays on one page.
 */
export function WarningsList({ comps, en }: { comps: readonly PackageComparison[]; en: boolean }) {
  const { t } = useTranslation('incentives');
  const groups = groupWarnings(comps);
  const infos = groups.filter((g) => g.warning.severity === 'info').length;
  return (
    <section className="card inc-warnings" data-testid="warnings">
      <h3>{t('warnings.title')}</h3>
      {groups.length === 0 ? <p className="muted">{t('warnings.none')}</p> : null}
      <ul>
        {groups.map((g) => {
          const w = g.warning;
          return (
            <li
              key={`${w.code}|${w.messageZh}`}
              className={`inc-warning sev-${w.severity}`}
              data-testid={`warning-${w.code}`}
            >
              <span className={`inc-sev sev-${w.severity}`}>{t(`warnings.${w.severity}`)}</span>
              <span className="inc-warning-text">
                {en ? w.messageEn : w.messageZh}
                <span className="inc-rule">
                  {' '}
                  {t('warnings.rule')}：<cite>{w.rule}</cite>
                </span>
              </span>
              <span className="inc-warning-pkgs">
                {g.packages.length === comps.length && comps.length > 1 ? (
                  <span className="muted small">{t('warnings.all')}</span>
                ) : (
                  g.packages.map((i) => (
                    <b
                      key={i}
                      className="inc-num"
                      title={en ? comps[i].nameEn || comps[i].name : comps[i].name}
                      style={{ background: PACKAGE_COLOURS[i] }}
                    >
                      {i + 1}
                    </b>
                  ))
                )}
              </span>
            </li>
          );
        })}
      </ul>
      {groups.length > 0 && infos === groups.length ? <p className="print-only">{t('warnings.noneSerious')}</p> : null}
      {infos > 0 ? <p className="print-only small muted">{t('warnings.moreInfo', { n: infos })}</p> : null}
    </section>
  );
}
