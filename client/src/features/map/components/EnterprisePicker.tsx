import { useState } from 'react';
import { useEnterpriseSearch } from '../api/details';
import { useFmt } from '../model/format';

/** Choose an enterprise by typing part of its name; shows the current choice with a clear button. */
export function EnterprisePicker({
  value,
  name,
  onChange,
}: {
  value: number | null;
  name: string | null;
  onChange(id: number | null, name: string | null): void;
}) {
  const f = useFmt();
  const [q, setQ] = useState('');
  const res = useEnterpriseSearch(q);
  return (
    <div className="mp-picker">
      {value != null && (
        <div className="mp-picked">
          <span>{name ?? `#${value}`}</span>
          <button type="button" className="link small" onClick={() => onChange(null, null)}>
            {f.t('edit.clearOccupant')}
          </button>
        </div>
      )}
      <input
        type="search"
        value={q}
        placeholder={f.t('edit.searchOccupant')}
        onChange={(e) => setQ(e.target.value)}
        data-testid="occupant-search"
      />
      {q.trim() && res.data && (
        <ul className="mp-picker-list">
          {res.data.items.map((e) => (
            <li key={e.id}>
              <button
                type="button"
                onClick={() => {
                  onChange(e.id, f.name(e));
                  setQ('');
                }}
              >
                {f.name(e)}
              </button>
            </li>
          ))}
          {res.data.items.length === 0 && <li className="muted small">{f.t('search.none')}</li>}
        </ul>
      )}
    </div>
  );
}
