import { useTranslation } from 'react-i18next';
import type { Project } from '@shared/types/project';
import type { FinanceSettings } from '@shared/incentives';
import { formatShare, type Locale } from '@shared/units';

/** The brief's title block, shown only when printing: what, for whom, when, on which assumptions. */
export function PrintHeader({
  project,
  date,
  settings,
  deliveredShare,
  lang,
}: {
  project: Project;
  date: string;
  settings: FinanceSettings;
  deliveredShare: number;
  lang: Locale;
}) {
  const { t } = useTranslation('incentives');
  return (
    <header className="print-only inc-print-head" data-testid="print-head">
      <h1>{t('print.title')}</h1>
      <p className="inc-print-sub">
        <strong>{project.name}</strong>（{project.investor}）
        <span className="inc-print-date">
          {t('print.date')}：{date}
        </span>
      </p>
      <p className="small">
        {t('print.params', {
          h: settings.horizonYears,
          rate: formatShare(settings.discountRate, lang, 2),
          butFor: formatShare(settings.butForShare, lang),
          share: formatShare(deliveredShare, lang),
        })}
      </p>
    </header>
  );
}
