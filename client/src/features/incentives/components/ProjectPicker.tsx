import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProjectSearch } from '../api/projects';
import type { Project } from '@shared/types/project';
import { formatWan } from '@shared/units';

/** A search box over the pipeline; picking a project puts its id in the URL (?project=ID). */
export function ProjectPicker({ current, onPick }: { current: Project | null; onPick(id: number): void }) {
  const { t, i18n } = useTranslation('incentives');
  const { t: tc } = useTranslation();
  const lang = i18n.language.startsWith('zh') ? 'zh-CN' : 'en';
  const [q, setQ] = useState('');
  const [debounced, setDebounced] = useState('');
  const [open, setOpen] = useState(false);
  const [focused, setFocused] = useState(false);
  const searching = open || current === null;
  useEffect(() => {
    const h = setTimeout(() => setDebounced(q.trim()), 200);
    return () => clearTimeout(h);
  }, [q]);
  const search = useProjectSearch(debounced, searching);
  const items = (search.data?.items ?? []).filter((p) => p.stage !== 'dropped');

  return (
    <div className="inc-picker no-print">
      <label className="inc-picker-label">{t('picker.label')}</label>
      {current && !searching ? (
        <div className="inc-picker-current">
          <strong data-testid="project-name">{current.name}</strong>
          <span className="muted">
            {current.investor} · {tc(`stage.${current.stage}`)}
          </span>
          <button onClick={() => setOpen(true)}>{t('picker.change')}</button>
        </div>
      ) : (
        <div className="inc-picker-box">
          <input
            data-testid="project-search"
            autoFocus={current !== null}
            onMouseDown={() => setFocused(true)}
            value={q}
            placeholder={t('picker.placeholder')}
            onChange={(e) => setQ(e.target.value)}
            onFocus={() => setFocused(true)}
            onBlur={() => setFocused(false)}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && current) setOpen(false);
            }}
          />
          {focused || q ? (
            <ul className="inc-picker-list" data-testid="project-results">
              {items.length === 0 && !search.isLoading ? <li className="muted">{t('picker.none')}</li> : null}
              {items.map((p) => (
                <li key={p.id}>
                  <button
                    className="inc-picker-item"
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => {
                      onPick(p.id);
                      setOpen(false);
                      setQ('');
                    }}
                  >
                    <span className="inc-picker-name">{p.name}</span>
                    <span className="muted small">
                      {p.investor} · {tc(`stage.${p.stage}`)} · {formatWan(p.investmentWan, lang)}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      )}
    </div>
  );
}
