import { useState } from 'react';
import type { ParkWithSummary } from '@shared/types/park-summary';
import { useChains } from '@/lib/reference-data';
import { useFmt } from '../model/format';
import { LandBar, OccupancyBar } from './Bars';
import { ChainMapView } from './ChainMapView';
import { ImportDialog } from './ImportDialog';
import type { EditTool } from './MapCanvas';

/** The open park: land by status, focus on the dominant chain, factories, tax per mu, chain map, editing tools. */
export function ParkPanel({
  park,
  canEdit,
  onBack,
  onTool,
}: {
  park: ParkWithSummary;
  canEdit: boolean;
  onBack(): void;
  onTool(t: EditTool): void;
}) {
  const f = useFmt();
  const chains = useChains();
  const [importing, setImporting] = useState(false);
  const s = park.summary;
  const area = (k: string) => s.byStatus[k]?.areaMu ?? 0;
  const count = (k: string) => s.byStatus[k]?.count ?? 0;
  const chainNames = park.dominantChainIds
    .map((id) => chains.data?.find((c) => c.id === id))
    .filter(Boolean)
    .map((c) => f.name(c!))
    .join('、');
  const shareOk = s.dominantShareOccupied == null || s.dominantShareOccupied >= park.minDominantShare;
  const taxOk = s.taxPerMuWan == null || s.taxPerMuWan >= park.minTaxPerMuWan;
  return (
    <div className="mp-panel" data-testid="park-panel">
      <button className="link mp-back" onClick={onBack}>
        ← {f.t('backToCity')}
      </button>
      <h2 className="mp-h">{f.name(park)}</h2>
      <p className="small muted">
        {f.t('park.dominant')}: {chainNames || '—'} · {f.int(s.plotCount)} {f.t('park.plots')} ·{' '}
        {f.int(s.buildingCount)} {f.t('park.buildings')}
      </p>
      <div className="mp-kpis" data-testid="park-kpis">
        <Kpi label={f.t('park.land')} value={f.mu(s.landTotalMu, 0)} />
        <Kpi label={f.t('park.vacant')} value={f.mu(area('vacant'), 0)} sub={`${count('vacant')}`} colour="#7cc47f" />
        <Kpi
          label={f.t('park.reserved')}
          value={f.mu(area('reserved'), 0)}
          sub={`${count('reserved')}`}
          colour="#f0a53a"
        />
        <Kpi
          label={f.t('park.occupied')}
          value={f.mu(area('occupied'), 0)}
          sub={`${count('occupied')}`}
          colour="#2f6db5"
        />
        <Kpi
          label={f.t('park.underConstruction')}
          value={f.mu(area('under_construction'), 0)}
          sub={`${count('under_construction')}`}
          colour="#8e6bd1"
        />
        <Kpi
          label={f.t('park.unavailable')}
          value={f.mu(area('unavailable'), 0)}
          sub={`${count('unavailable')}`}
          colour="#b4bcc6"
        />
      </div>
      <LandBar summary={s} />
      <div className="mp-metric">
        <span>{f.t('park.dominantShare')}</span>
        <b className={shareOk ? 'ok' : 'bad'}>
          {s.dominantShareOccupied == null ? '—' : f.share(s.dominantShareOccupied)}
        </b>
        <span className="muted small">{f.t('park.minShare', { v: f.share(park.minDominantShare) })}</span>
      </div>
      <div className="mp-metric">
        <span>{f.t('park.taxPerMu')}</span>
        <b className={taxOk ? 'ok' : 'bad'}>{s.taxPerMuWan == null ? '—' : f.wanPerMu(s.taxPerMuWan)}</b>
        <span className="muted small">{f.t('park.minTax', { v: f.wanPerMu(park.minTaxPerMuWan) })}</span>
      </div>
      <div className="mp-metric col">
        <span>
          {f.t('park.factories')} <b>{s.unitAreaM2 ? f.share(s.unitLeasedM2 / s.unitAreaM2) : '—'}</b>
        </span>
        {s.unitAreaM2 > 0 && <OccupancyBar leased={s.unitLeasedM2} reserved={s.unitReservedM2} total={s.unitAreaM2} />}
      </div>
      {canEdit && (
        <div className="mp-tools">
          <button onClick={() => onTool({ kind: 'draw' })} data-testid="draw-plot">
            ✎ {f.t('edit.drawNew')}
          </button>
          <button onClick={() => setImporting(true)} data-testid="import-plots">
            ⇪ {f.t('edit.import')}
          </button>
        </div>
      )}
      <div className="mp-exports small" data-testid="export-plots">
        <span className="muted">{f.t('park.export')}：</span>
        <a href={`/api/parks/${park.id}/plots/export?format=geojson`} download>
          GeoJSON
        </a>
        <a href={`/api/parks/${park.id}/plots/export?format=shapefile&srs=EPSG:4490`} download>
          {f.t('park.exportShpCgcs')}
        </a>
        <a href={`/api/parks/${park.id}/plots/export?format=shapefile&srs=EPSG:4326`} download>
          {f.t('park.exportShpWgs')}
        </a>
        <a href={`/api/parks/${park.id}/plots/export?format=kml`} download>
          KML
        </a>
        <a href={`/api/parks/${park.id}/plots/export?format=xlsx`} download>
          Excel
        </a>
      </div>
      {importing && <ImportDialog parkId={park.id} boundary={park.boundary} onClose={() => setImporting(false)} />}
      <ChainMapView parkId={park.id} />
    </div>
  );
}

function Kpi({ label, value, sub, colour }: { label: string; value: string; sub?: string; colour?: string }) {
  return (
    <div className="mp-kpi">
      <div className="small muted">
        {colour && <span className="pm-swatch" style={{ background: colour }} />}
        {label}
      </div>
      <div className="mp-kpi-v">
        {value}
        {sub && <span className="small muted"> · {sub}</span>}
      </div>
    </div>
  );
}
