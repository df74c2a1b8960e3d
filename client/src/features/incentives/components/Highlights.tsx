import { useTranslation } from 'react-i18next';
import type { PackageComparison } from '@shared/incentives';
import { formatShare, type Locale } from '@shared/units';
import { highlights } from '../model/highlights';
import { formatCell } from '../model/metric-rows';
import { PACKAGE_COLOURS } from '../model/chart-options';

/** One line of findings above the table: the leader reads this first. */
export function Highlights({
  comps,
  deliveredShare,
  lang,
}: {
  comps: readonly PackageComparison[];
  deliveredShare: number;
  lang: Locale;
}) {
  const { t } = useTranslation('incentives');
  const items = highlights(comps, deliveredShare);
  if (!items.length) return null;
  const en = lang === 'en';
  return (
    <ul className="inc-highlights" data-testid="highlights">
      {items.map((h) => (
        <li key={h.key}>
          <span className="muted">{t(`highlights.${h.key}`, { share: formatShare(deliveredShare, lang) })}</span>
          <b className="inc-num" style={{ background: PACKAGE_COLOURS[h.index] }}>
            {h.index + 1}
          </b>
          <strong>{en ? comps[h.index].nameEn || comps[h.index].name : comps[h.index].name}</strong>
          <span className="inc-hl-value">{formatCell(h.value, 'wan', lang, (k) => k)}</span>
        </li>
      ))}
    </ul>
  );
}
