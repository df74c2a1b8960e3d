import { COLOUR_MODES, type ColourMode } from '../model/types';
import { useFmt } from '../model/format';

export function ModeSwitch({ mode, onMode }: { mode: ColourMode; onMode(m: ColourMode): void }) {
  const f = useFmt();
  return (
    <section className="mp-box">
      <div className="mp-box-title">{f.t('mode.title')}</div>
      <div className="mp-seg" role="radiogroup" aria-label={f.t('mode.title')} data-testid="colour-mode">
        {COLOUR_MODES.map((m) => (
          <button
            key={m}
            role="radio"
            aria-checked={mode === m}
            className={mode === m ? 'on' : ''}
            data-mode={m}
            onClick={() => onMode(m)}
          >
            {f.t(`mode.${m}`)}
          </button>
        ))}
      </div>
    </section>
  );
}
