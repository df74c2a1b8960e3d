import type { ParkWithSummary } from '@shared/types/park-summary';
import type { PlotCollection, Selection } from '../model/types';
import type { EditTool } from './MapCanvas';
import { CityPanel } from './CityPanel';
import { ParkPanel } from './ParkPanel';
import { PlotPanel } from './PlotPanel';
import { BuildingPanel } from './BuildingPanel';
import { NewPlotPanel } from './NewPlotPanel';

interface Props {
  parks: ParkWithSummary[];
  park: ParkWithSummary | null;
  plots: PlotCollection | null;
  selection: Selection;
  onSelect(s: Selection): void;
  onOpenPark(id: number | null): void;
  canEdit: boolean;
  tool: EditTool;
  onTool(t: EditTool): void;
}

/** Right column: the city, the open park, or what was clicked. */
export function RightPanel(p: Props) {
  let body;
  if (!p.park) body = <CityPanel parks={p.parks} onOpenPark={p.onOpenPark} />;
  else if (p.tool.kind === 'draw' && p.canEdit)
    body = <NewPlotPanel park={p.park} tool={p.tool} onTool={p.onTool} onSelect={p.onSelect} />;
  else if (p.selection?.kind === 'plot') {
    const feature = p.plots?.features.find((f) => f.properties.id === p.selection!.id) ?? null;
    body = (
      <PlotPanel
        key={p.selection.id}
        id={p.selection.id}
        feature={feature?.properties ?? null}
        canEdit={p.canEdit}
        tool={p.tool}
        onTool={p.onTool}
        onClose={() => p.onSelect(null)}
      />
    );
  } else if (p.selection?.kind === 'building')
    body = <BuildingPanel key={p.selection.id} id={p.selection.id} onClose={() => p.onSelect(null)} />;
  else body = <ParkPanel park={p.park} canEdit={p.canEdit} onBack={() => p.onOpenPark(null)} onTool={p.onTool} />;
  return (
    <aside className="mp-right" data-testid="side-panel">
      {body}
    </aside>
  );
}
