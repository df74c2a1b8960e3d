/**
 * Basemap choices. Tianditu (天地图, the national map service) needs a browser key; Gaode/AMap
 * tiles are drawn in GCJ-02, so overlays must be shifted into GCJ-02 when it is on
 * (storage stays WGS84). OSM and Tianditu (CGCS2000 ≈ WGS84 at map scale) need no shift.
 */
export type BasemapId = 'osm' | 'tianditu' | 'gaode' | 'none';
export const BASEMAPS: readonly BasemapId[] = ['osm', 'tianditu', 'gaode', 'none'];

export interface TileDef {
  url: string;
  subdomains?: string;
  attribution: string;
  maxZoom: number;
}

export const isGcj = (id: BasemapId) => id === 'gaode';

const tdt = (layer: 'vec' | 'cva', key: string): TileDef => ({
  url:
    `https://t{s}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}` +
    `&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`,
  subdomains: '01234567',
  attribution: '© 天地图 Tianditu',
  maxZoom: 18,
});

/** The tile layers of a basemap, bottom first; empty when it cannot be shown (or 'none'). */
export function tileLayers(id: BasemapId, tiandituKey: string | null): TileDef[] {
  switch (id) {
    case 'osm':
      return [
        {
          url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
          attribution: '© OpenStreetMap contributors',
          maxZoom: 19,
        },
      ];
    case 'tianditu':
      return tiandituKey ? [tdt('vec', tiandituKey), tdt('cva', tiandituKey)] : [];
    case 'gaode':
      return [
        {
          url: 'https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}',
          subdomains: '1234',
          attribution: '© 高德地图 AutoNavi',
          maxZoom: 18,
        },
      ];
    default:
      return [];
  }
}
