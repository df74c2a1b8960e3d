import { useState } from 'react';
import { BASEMAPS, type BasemapId } from '@/components/map/basemaps';

const KEY = 'parkplan.basemap';

/** The basemap is a per-browser setting: offices differ in which tile service they can reach. */
export function useBasemapSetting(): [BasemapId, (b: BasemapId) => void] {
  const [b, setB] = useState<BasemapId>(() => {
    const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(KEY) : null;
    return BASEMAPS.includes(saved as BasemapId) ? (saved as BasemapId) : 'osm';
  });
  return [
    b,
    (next) => {
      localStorage.setItem(KEY, next);
      setB(next);
    },
  ];
}
