import { useTranslation } from 'react-i18next';
import type { Jurisdiction } from '@shared/types/jurisdiction';

/** Checkboxes for the counties and districts a county editor may change (the city itself is the administrators'). */
export function JurisdictionPicker({
  all,
  value,
  onChange,
  invalid,
}: {
  all: Jurisdiction[];
  value: number[];
  onChange: (ids: number[]) => void;
  invalid?: boolean;
}) {
  const { t, i18n } = useTranslation('admin');
  const en = !i18n.language.startsWith('zh');
  // An account may already hold the city (set through the API): keep it visible so it can be removed.
  const shown = all.filter((j) => j.kind !== 'city' || value.includes(j.id));
  const toggle = (id: number, on: boolean) =>
    onChange(on ? [...value, id].sort((a, b) => a - b) : value.filter((x) => x !== id));
  return (
    <fieldset className={`ad-picker${invalid ? ' ad-invalid' : ''}`} data-testid="user-jurisdictions">
      <legend>{t('form.jurisdictions')}</legend>
      <div className="ad-picker-grid">
        {shown.map((j) => (
          <label key={j.id} className="ad-check">
            <input
              type="checkbox"
              value={j.id}
              checked={value.includes(j.id)}
              onChange={(e) => toggle(j.id, e.target.checked)}
            />
            {en ? j.nameEn || j.name : j.name}
          </label>
        ))}
      </div>
      <div className="muted small">{t('form.jurisdictionsHint')}</div>
    </fieldset>
  );
}
