import { useTranslation } from 'react-i18next';
import { useProjectSearch } from '../api/projects';
import { formatMu, formatM2, formatWan, type Locale } from '@shared/units';
import { isOpenStage } from '@shared/types/project';

/** With no project chosen: the open prospects of the pipeline, one click from their comparison. */
export function ProspectList({ onPick, lang }: { onPick(id: number): void; lang: Locale }) {
  const { t } = useTranslation('incentives');
  const { t: tc } = useTranslation();
  const search = useProjectSearch('', true);
  const items = (search.data?.items ?? []).filter((p) => isOpenStage(p.stage)).slice(0, 12);
  return (
    <section className="card inc-choose" data-testid="choose-project">
      <p className="muted">{t('picker.choose')}</p>
      <div className="inc-prospects">
        {items.map((p) => (
          <button key={p.id} className="inc-prospect" data-testid={`prospect-${p.id}`} onClick={() => onPick(p.id)}>
            <strong>{p.name}</strong>
            <span className="muted small">{p.investor}</span>
            <span className="small">
              {tc(`stage.${p.stage}`)} · {formatWan(p.investmentWan, lang)} ·{' '}
              {p.landNeedMu != null ? formatMu(p.landNeedMu, lang) : formatM2(p.floorNeedM2 ?? 0, lang)}
            </span>
          </button>
        ))}
      </div>
    </section>
  );
}
