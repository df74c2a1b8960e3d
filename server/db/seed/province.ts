import { JURISDICTION_SPECS, type JurisdictionSpec } from './catalog';
import { generateDemoCity, type DemoCity } from './generate';

/**
 * Henan's eighteen prefecture-level cities (济源 included: it is administered as one), with their seats
 * approximately where they are. Only the names and seats are real; every city of the generated province
 * is a copy of the demo prefecture, drawn around that seat with its own random draws.
 */
export const PROVINCE_CITIES: Array<Pick<JurisdictionSpec, 'name' | 'nameEn' | 'short' | 'shortEn' | 'seat'>> = [
  { name: '郑州市', nameEn: 'Zhengzhou City', short: '郑州', shortEn: 'Zhengzhou', seat: [113.625, 34.747] },
  { name: '开封市', nameEn: 'Kaifeng City', short: '开封', shortEn: 'Kaifeng', seat: [114.307, 34.797] },
  { name: '洛阳市', nameEn: 'Luoyang City', short: '洛阳', shortEn: 'Luoyang', seat: [112.454, 34.62] },
  { name: '平顶山市', nameEn: 'Pingdingshan City', short: '平顶山', shortEn: 'Pingdingshan', seat: [113.193, 33.766] },
  { name: '安阳市', nameEn: 'Anyang City', short: '安阳', shortEn: 'Anyang', seat: [114.393, 36.098] },
  { name: '鹤壁市', nameEn: 'Hebi City', short: '鹤壁', shortEn: 'Hebi', seat: [114.297, 35.748] },
  { name: '新乡市', nameEn: 'Xinxiang City', short: '新乡', shortEn: 'Xinxiang', seat: [113.927, 35.303] },
  { name: '焦作市', nameEn: 'Jiaozuo City', short: '焦作', shortEn: 'Jiaozuo', seat: [113.242, 35.216] },
  { name: '濮阳市', nameEn: 'Puyang City', short: '濮阳', shortEn: 'Puyang', seat: [115.029, 35.762] },
  { name: '许昌市', nameEn: 'Xuchang City', short: '许昌', shortEn: 'Xuchang', seat: [113.852, 34.036] },
  { name: '漯河市', nameEn: 'Luohe City', short: '漯河', shortEn: 'Luohe', seat: [114.017, 33.582] },
  { name: '三门峡市', nameEn: 'Sanmenxia City', short: '三门峡', shortEn: 'Sanmenxia', seat: [111.2, 34.773] },
  { name: '南阳市', nameEn: 'Nanyang City', short: '南阳', shortEn: 'Nanyang', seat: [112.529, 32.991] },
  { name: '商丘市', nameEn: 'Shangqiu City', short: '商丘', shortEn: 'Shangqiu', seat: [115.656, 34.415] },
  { name: '信阳市', nameEn: 'Xinyang City', short: '信阳', shortEn: 'Xinyang', seat: [114.091, 32.147] },
  { name: '周口市', nameEn: 'Zhoukou City', short: '周口', shortEn: 'Zhoukou', seat: [114.697, 33.626] },
  { name: '驻马店市', nameEn: 'Zhumadian City', short: '驻马店', shortEn: 'Zhumadian', seat: [114.022, 33.012] },
  { name: '济源市', nameEn: 'Jiyuan City', short: '济源', shortEn: 'Jiyuan', seat: [112.602, 35.067] },
];

export interface ProvinceOptions {
  /** How many of PROVINCE_CITIES (1–18); the tests seed a small province. */
  cities?: number;
  seed?: number;
  year?: number;
  /**
   * Park areas × this. 1.35 gives the eighteen cities about 20,000 plots together, a province-sized
   * plot count, where the demo city's own parks would give about 15,000.
   */
  areaScale?: number;
}

/**
 * The demo prefecture's counties lie up to 130 km apart around 商丘; copies at that spread would overlap
 * their neighbours (Henan's seats are 40–70 km apart), so a copy's counties sit at 0.4 of it.
 */
const SPREAD = 0.4;

/**
 * A generated province: one demo city per PROVINCE_CITIES entry, each drawn around its seat with seed
 * `seed + k`, its ids moved past the cities before it. Chains and industries are the catalogue's, shared
 * by all. Each city is as lawful as the demo city (price floors, FAR minimums, indicators, packages),
 * since each is drawn by the same generator; only ids and places change.
 */
export function generateProvince(opts: ProvinceOptions = {}): DemoCity {
  const { cities = PROVINCE_CITIES.length, seed = 42, year = new Date().getFullYear(), areaScale = 1.35 } = opts;
  if (!Number.isInteger(cities) || cities < 1 || cities > PROVINCE_CITIES.length)
    throw new Error(`cities: between 1 and ${PROVINCE_CITIES.length}, got ${cities}`);
  const names = new Set<string>();
  const home = JURISDICTION_SPECS[0].seat;
  const province: DemoCity = {
    jurisdictions: [],
    chains: [],
    industries: [],
    parks: [],
    plots: [],
    buildings: [],
    units: [],
    enterprises: [],
    projects: [],
  };
  PROVINCE_CITIES.slice(0, cities).forEach((c, k) => {
    const city = generateDemoCity(seed + k, year, {
      city: c,
      // Shifts the whole demo so its city seat lands on this one; its counties come closer (SPREAD).
      shift: [c.seat[0] - home[0], c.seat[1] - home[1]],
      spread: SPREAD,
      areaScale,
      names,
    });
    if (k === 0) {
      province.chains = city.chains;
      province.industries = city.industries;
    }
    append(province, city);
  });
  return province;
}

/** Appends a city to the province with every id and reference moved past the rows already there. */
function append(p: DemoCity, c: DemoCity): void {
  const j = p.jurisdictions.length;
  const park = p.parks.length;
  const plot = p.plots.length;
  const building = p.buildings.length;
  const unit = p.units.length;
  const ent = p.enterprises.length;
  const proj = p.projects.length;
  const opt = (id: number | null, base: number) => (id === null ? null : id + base);
  for (const x of c.jurisdictions) p.jurisdictions.push({ ...x, id: x.id + j, parentId: opt(x.parentId, j) });
  for (const x of c.parks) p.parks.push({ ...x, id: x.id + park, jurisdictionId: x.jurisdictionId + j });
  for (const x of c.plots)
    p.plots.push({
      ...x,
      id: x.id + plot,
      parkId: x.parkId + park,
      enterpriseId: opt(x.enterpriseId, ent),
      projectId: opt(x.projectId, proj),
    });
  for (const x of c.buildings)
    p.buildings.push({ ...x, id: x.id + building, parkId: x.parkId + park, plotId: opt(x.plotId, plot) });
  for (const x of c.units)
    p.units.push({
      ...x,
      id: x.id + unit,
      buildingId: x.buildingId + building,
      enterpriseId: opt(x.enterpriseId, ent),
      projectId: opt(x.projectId, proj),
    });
  for (const x of c.enterprises) p.enterprises.push({ ...x, id: x.id + ent, jurisdictionId: x.jurisdictionId + j });
  for (const x of c.projects) p.projects.push({ ...x, id: x.id + proj, jurisdictionId: x.jurisdictionId + j });
}
