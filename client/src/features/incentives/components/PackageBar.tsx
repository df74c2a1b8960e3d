import { useTranslation } from 'react-i18next';
import type { IncentivePackage } from '../../../../../shared/types/incentive-package';
import type { IncentivePackageDraft } from '../../../../../shared/incentives';
import { MAX_COMPARED_PACKAGES } from '../../../../../shared/incentives';
import { canAdd, type Column } from '../model/columns';

/** What can be put on the screen: the project's saved packages and the four templates. */
export function PackageBar({ saved, drafts, columns, onAddSaved, onAddTemplate, en }: {
  saved: readonly IncentivePackage[];
  drafts: readonly IncentivePackageDraft[];
  columns: readonly Column[];
  onAddSaved(p: IncentivePackage): void;
  onAddTemplate(d: IncentivePackageDraft): void;
  en: boolean;
}) {
  const { t } = useTranslation('incentives');
  const room = canAdd(columns);
  return (
    <div className="inc-available no-print" data-testid="available">
      <span className="inc-available-title">{t('available.title')}</span>
      <span className="inc-group-label">{t('available.saved')}</span>
      {saved.length === 0 ? <span className="muted small">{t('available.noneSaved')}</span> : null}
      {saved.map((p) => {
        const shown = columns.some((c) => c.id === p.id);
        return (
          <button key={p.id} className="inc-chip" data-testid={`add-saved-${p.id}`} disabled={shown || !room} onClick={() => onAddSaved(p)}>
            ＋ {en ? p.nameEn || p.name : p.name}
          </button>
        );
      })}
      <span className="inc-group-label">{t('available.templates')}</span>
      {drafts.map((d) => (
        <button key={d.kind} className="inc-chip inc-chip-tpl" data-testid={`add-template-${d.kind}`} disabled={!room} onClick={() => onAddTemplate(d)}>
          ＋ {en ? d.nameEn : d.name}
        </button>
      ))}
      {!room ? <span className="muted small">{t('actions.full', { n: MAX_COMPARED_PACKAGES })}</span> : null}
    </div>
  );
}
