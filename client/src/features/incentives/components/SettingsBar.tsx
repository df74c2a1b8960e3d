import { useTranslation } from 'react-i18next';
import { formatShare, type Locale } from '@shared/units';

export interface ScreenSettings {
  butForShare: number;
  deliveredShare: number;
  horizonYears: number;
  discountRate: number;
  plannedFar: number | null;
}

export const DEFAULT_SCREEN_SETTINGS: ScreenSettings = {
  butForShare: 0.13,
  deliveredShare: 1,
  horizonYears: 15,
  discountRate: 0.03,
  plannedFar: null,
};

const pctIn = (v: number) => String(Math.round(v * 1000) / 10);

/** The levers that recompute everything in the browser: delivered share (slider), "but-for" share, horizon, rate, FAR.
 * */
export function SettingsBar({
  value,
  onChange,
  lang,
}: {
  value: ScreenSettings;
  onChange(v: ScreenSettings): void;
  lang: Locale;
}) {
  const { t } = useTranslation('incentives');
  const set = (patch: Partial<ScreenSettings>) => onChange({ ...value, ...patch });
  const num = (s: string, fallback: number) => (s.trim() === '' || !Number.isFinite(Number(s)) ? fallback : Number(s));
  return (
    <div className="inc-settings no-print" data-testid="settings">
      <label className="inc-slider" title={t('settings.deliveredHelp')}>
        <span>{t('settings.delivered')}</span>
        <input
          type="range"
          min={0}
          max={100}
          step={1}
          data-testid="delivered-slider"
          value={Math.round(value.deliveredShare * 100)}
          onChange={(e) => set({ deliveredShare: Number(e.target.value) / 100 })}
        />
        <output data-testid="delivered-value" className={value.deliveredShare < 1 ? 'inc-under' : ''}>
          {formatShare(value.deliveredShare, lang)}
        </output>
      </label>
      <label title={t('settings.butForHelp')}>
        <span>{t('settings.butFor')}</span>
        <span className="inc-suffix">
          <input
            type="number"
            min={0}
            max={100}
            step={1}
            data-testid="butfor-input"
            defaultValue={pctIn(value.butForShare)}
            onChange={(e) => set({ butForShare: Math.min(1, Math.max(0, num(e.target.value, 13) / 100)) })}
          />
          %
        </span>
      </label>
      <label>
        <span>{t('settings.rate')}</span>
        <span className="inc-suffix">
          <input
            type="number"
            min={0}
            max={30}
            step={0.25}
            defaultValue={pctIn(value.discountRate)}
            onChange={(e) => set({ discountRate: Math.min(0.3, Math.max(0, num(e.target.value, 3) / 100)) })}
          />
          %
        </span>
      </label>
      <label>
        <span>{t('settings.horizon')}</span>
        <select value={value.horizonYears} onChange={(e) => set({ horizonYears: Number(e.target.value) })}>
          {[10, 15, 20, 25, 30].map((h) => (
            <option key={h} value={h}>
              {h}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('settings.far')}</span>
        <input
          type="number"
          min={0}
          max={10}
          step={0.1}
          placeholder={t('settings.farPlaceholder')}
          className="inc-far"
          onChange={(e) =>
            set({ plannedFar: e.target.value.trim() === '' ? null : Math.max(0, num(e.target.value, 0)) })
          }
        />
      </label>
    </div>
  );
}
