import type { Filters } from './filter';
import type { useLabels } from './useLabels';
import { HEAD_KINDS, PROJECT_STAGES } from '@shared/types/project';

type Labels = ReturnType<typeof useLabels>;

export function FilterBar({
  filters,
  onChange,
  labels: L,
}: {
  filters: Filters;
  onChange: (f: Filters) => void;
  labels: Labels;
}) {
  const { t } = L;
  const set = (k: keyof Filters) => (e: React.ChangeEvent<HTMLSelectElement>) => {
    const next = { ...filters, [k]: e.target.value };
    if (k === 'industry') next.link = '';
    onChange(next);
  };
  const industry = L.industries.find((i) => i.id === Number(filters.industry));
  const chains = industry ? L.chains.filter((c) => c.id === industry.chainId) : L.chains;
  const name = (x: { name: string; nameEn: string }) => (L.en ? x.nameEn || x.name : x.name);
  const sel = (k: keyof Filters, label: string, options: Array<[string, string]>) => (
    <label className="pp-filter">
      <span>{label}</span>
      <select value={filters[k]} onChange={set(k)} name={k} data-testid={`filter-${k}`}>
        <option value="">{t('filters.all')}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
  const active = Object.entries(filters).some(([k, v]) => k !== 'q' && v);
  return (
    <div className="pp-filters">
      {sel(
        'county',
        t('filters.county'),
        L.jurisdictions.filter((j) => j.kind !== 'city').map((j) => [String(j.id), name(j)]),
      )}
      {sel(
        'industry',
        t('filters.industry'),
        L.industries.map((i) => [String(i.id), name(i)]),
      )}
      <label className="pp-filter">
        <span>{t('filters.link')}</span>
        <select value={filters.link} onChange={set('link')} name="link" data-testid="filter-link">
          <option value="">{t('filters.all')}</option>
          {chains.map((c) => (
            <optgroup key={c.id} label={name(c)}>
              {c.links.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.seq}. {name(l)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      {sel(
        'stage',
        t('filters.stage'),
        PROJECT_STAGES.map((s) => [s, L.stage(s)]),
      )}
      {sel(
        'size',
        t('filters.size'),
        (['s', 'm', 'l', 'xl'] as const).map((s) => [s, t(`size.${s}`)]),
      )}
      {sel(
        'head',
        t('filters.head'),
        HEAD_KINDS.filter((h) => h !== 'none').map((h) => [h, t(`head.${h}`)]),
      )}
      {active && (
        <button
          className="link"
          onClick={() => onChange({ ...filters, county: '', industry: '', link: '', stage: '', size: '', head: '' })}
        >
          {t('filters.clear')}
        </button>
      )}
    </div>
  );
}
