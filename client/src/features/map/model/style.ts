import type { PathOptions } from 'leaflet';
import { classOf, colourOf } from './colours';
import { passes, type PlotFilters } from './filters';
import type { BuildingProps, ColourMode, PlotProps } from './types';

const HIDDEN: PathOptions = {
  stroke: true,
  color: '#9aa5b1',
  weight: 0.5,
  opacity: 0.5,
  fill: false,
  interactive: false,
};

/**
 * The style of a plot: filled by its class in the mode; plots filtered out stay as a faint,
 * non-clickable outline so the park keeps its shape; the selected plot gets a dark outline.
 */
export function plotStyle(mode: ColourMode, filters: PlotFilters, selectedId: number | null) {
  return (p: PlotProps): PathOptions => {
    if (!passes(p, filters)) return HIDDEN;
    const selected = p.id === selectedId;
    return {
      stroke: true,
      fill: true,
      interactive: true,
      color: selected ? '#111827' : '#ffffff',
      weight: selected ? 3 : 0.8,
      opacity: 1,
      fillColor: colourOf(mode, classOf(mode, p)),
      fillOpacity: selected ? 0.95 : 0.78,
    };
  };
}

/** Buildings: dark footprints whose fill deepens with the leased share of their units. */
export function buildingStyle(selectedId: number | null) {
  return (b: BuildingProps): PathOptions => ({
    stroke: true,
    fill: true,
    interactive: true,
    color: b.id === selectedId ? '#f59e0b' : '#1f2937',
    weight: b.id === selectedId ? 3 : 1.2,
    opacity: 1,
    fillColor: occupancyColour(b.occupancy),
    fillOpacity: 0.95,
  });
}

/** 0 → pale, 1 → deep slate: a sequential scale readable on both light and plain backgrounds. */
export function occupancyColour(share: number): string {
  const s = Math.max(0, Math.min(1, Number.isFinite(share) ? share : 0));
  const from = [226, 232, 240];
  const to = [51, 65, 85];
  const c = from.map((f, i) => Math.round(f + (to[i] - f) * s));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

/** Park boundaries in the city view; the open park is drawn as an outline only so its plots show. */
export function parkStyle(openId: number | null, hoverId: number | null = null) {
  return (p: { id: number }): PathOptions => ({
    stroke: true,
    interactive: p.id !== openId,
    color: p.id === openId ? '#16324f' : '#1f5fa8',
    weight: p.id === openId ? 2.5 : 2,
    dashArray: p.id === openId ? '6 4' : undefined,
    fill: p.id !== openId,
    fillColor: '#1f5fa8',
    fillOpacity: p.id === hoverId ? 0.28 : 0.14,
  });
}
