import L from 'leaflet';
import type {} from '@geoman-io/leaflet-geoman-free';

let loading: Promise<void> | null = null;

/**
 * Loads leaflet-geoman only when someone edits (most users never do). It expects a global `L`, and
 * runs opt-in so the 20,000 canvas plots do not each get an editing handler; a map created before
 * the load gets its `pm` here.
 */
export async function geomanFor(map: L.Map): Promise<void> {
  if (!loading) {
    loading = (async () => {
      (window as unknown as { L: typeof L }).L = L;
      await import('@geoman-io/leaflet-geoman-free');
      await import('@geoman-io/leaflet-geoman-free/dist/leaflet-geoman.css');
      L.PM.setOptIn(true);
    })();
  }
  await loading;
  if (!map.pm) {
    const PM = L.PM as unknown as { Map: new (m: L.Map) => L.PM.PMMap };
    map.pm = new PM.Map(map);
    // Drawing happens above the canvases of the feature layers.
    map.pm.setGlobalOptions({
      panes: { layerPane: 'markerPane', vertexPane: 'markerPane', markerPane: 'markerPane' },
    } as L.PM.GlobalOptions);
  }
}
