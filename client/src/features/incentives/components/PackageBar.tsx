import { useTranslation } from 'react-i18next';
import type { IncentivePackage } from '@shared/types/incentive-package';
import type { IncentivePackageDraft } from '@shared/incentives';
import { MAX_COMPARED_PACKAGES } from '@shared/incentives';
import { canAdd, type Column } from '../model/columns';
import { SavedPackages } from './SavedPackages';

/** What can be put on the screen: the project's saved packages and the four templates. */
export function PackageBar({
  projectId,
  saved,
  drafts,
  columns,
  canDelete,
  onAddSaved,
  onAddTemplate,
  onDeleted,
  en,
}: {
  projectId: number;
  saved: readonly IncentivePackage[];
  drafts: readonly IncentivePackageDraft[];
  columns: readonly Column[];
  onAddSaved(p: IncentivePackage): void;
  onAddTemplate(d: IncentivePackageDraft): void;
  canDelete(p: IncentivePackage): boolean;
  onDeleted(id: number): void;
  en: boolean;
}) {
  const { t } = useTranslation('incentives');
  const room = canAdd(columns);
  return (
    <div className="inc-available no-print" data-testid="available">
      <span className="inc-available-title">{t('available.title')}</span>
      <span className="inc-group-label">{t('available.saved')}</span>
      <SavedPackages
        projectId={projectId}
        saved={saved}
        columns={columns}
        room={room}
        en={en}
        canDelete={canDelete}
        onAdd={onAddSaved}
        onDeleted={onDeleted}
      />
      <span className="inc-group-label">{t('available.templates')}</span>
      {drafts.map((d) => (
        <button
          key={d.kind}
          className="inc-chip inc-chip-tpl"
          data-testid={`add-template-${d.kind}`}
          disabled={!room}
          onClick={() => onAddTemplate(d)}
        >
          ＋ {en ? d.nameEn : d.name}
        </button>
      ))}
      {!room ? <span className="muted small">{t('actions.full', { n: MAX_COMPARED_PACKAGES })}</span> : null}
    </div>
  );
}
