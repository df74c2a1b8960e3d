import { BASEMAPS, type BasemapId } from '@/components/map/basemaps';
import { useFmt } from '../model/format';

export function LayersPanel(p: {
  basemap: BasemapId;
  onBasemap(b: BasemapId): void;
  tiandituKey: string | null;
  showBuildings: boolean;
  onShowBuildings(v: boolean): void;
  inPark: boolean;
}) {
  const f = useFmt();
  return (
    <section className="mp-box">
      <div className="mp-box-title">{f.t('layers.title')}</div>
      {p.inPark && (
        <label className="mp-check">
          <input type="checkbox" checked={p.showBuildings} onChange={(e) => p.onShowBuildings(e.target.checked)} />{' '}
          {f.t('layers.buildings')}
        </label>
      )}
      <label className="mp-field-label" htmlFor="mp-basemap">
        {f.t('layers.basemap')}
      </label>
      <select
        id="mp-basemap"
        className="mp-wide"
        data-testid="basemap"
        value={p.basemap}
        onChange={(e) => p.onBasemap(e.target.value as BasemapId)}
      >
        {BASEMAPS.map((b) => (
          <option key={b} value={b} disabled={b === 'tianditu' && !p.tiandituKey}>
            {f.t(`layers.${b}`)}
            {b === 'tianditu' && !p.tiandituKey ? ` (${f.t('noKey')})` : ''}
          </option>
        ))}
      </select>
      {p.basemap === 'gaode' && <p className="muted small">{f.t('layers.gcjNote')}</p>}
    </section>
  );
}
