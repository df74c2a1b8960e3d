import { parseSiteId } from '@shared/scenarios/site-id';
import type { Jurisdiction } from '@shared/types/jurisdiction';
import type { Park } from '@shared/types/park';
import type { Project } from '@shared/types/project';
import type { IncentivePackage } from '@shared/types/incentive-package';
import type { BuildingCollection, PlotCollection } from './map-types';

/** Names for the ids a result carries; unknown ids fall back to '#id' so nothing shows blank. */
export interface Names {
  project(id: number): string;
  park(id: number): string;
  packageName(id: number | null): string | null;
  site(siteId: string): string;
  jurisdiction(id: number): string;
}

export interface NameSources {
  en: boolean;
  projects?: Project[];
  parks?: Park[];
  packages?: IncentivePackage[];
  jurisdictions?: Jurisdiction[];
  plots?: Array<PlotCollection | null>;
  buildings?: Array<BuildingCollection | null>;
}

export function makeNames(src: NameSources): Names {
  const byId = <T extends { id: number }>(xs: T[] | undefined) => new Map((xs ?? []).map((x) => [x.id, x]));
  const projects = byId(src.projects);
  const parks = byId(src.parks);
  const packages = byId(src.packages);
  const jur = byId(src.jurisdictions);
  const plotCode = new Map<number, string>();
  for (const fc of src.plots ?? [])
    for (const f of fc?.features ?? []) plotCode.set(f.properties.id, f.properties.code);
  const buildingName = new Map<number, string>();
  for (const fc of src.buildings ?? [])
    for (const f of fc?.features ?? []) buildingName.set(f.properties.id, f.properties.name || f.properties.code);
  const local = (o: { name: string; nameEn?: string } | undefined) =>
    o ? (src.en && o.nameEn ? o.nameEn : o.name) : undefined;
  return {
    project: (id) => projects.get(id)?.name ?? `#${id}`,
    park: (id) => local(parks.get(id)) ?? `#${id}`,
    packageName: (id) => (id == null ? null : (local(packages.get(id)) ?? `#${id}`)),
    site: (siteId) => {
      const s = parseSiteId(siteId);
      if (!s) return siteId;
      return (s.kind === 'plot' ? plotCode.get(s.id) : buildingName.get(s.id)) ?? siteId;
    },
    jurisdiction: (id) => local(jur.get(id)) ?? `#${id}`,
  };
}
