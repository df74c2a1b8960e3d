/** Site ids in a scenario file: 'plot:<id>' and 'building:<id>' (unique across both kinds). */
export const plotSiteId = (id: number) => `plot:${id}`;
export const buildingSiteId = (id: number) => `building:${id}`;

export function parseSiteId(siteId: string): { kind: 'plot' | 'building'; id: number } | null {
  const m = /^(plot|building):(\d+)$/.exec(siteId);
  return m ? { kind: m[1] as 'plot' | 'building', id: Number(m[2]) } : null;
}
