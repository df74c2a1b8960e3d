/**
 * Micro-benchmark: comparePackages for 5 packages over 30 years, as the comparison screen calls
 * it on every move of the under-delivery slider. Target: well under 50 ms per call.
 * Run: npx tsx tests/bench/incentives.bench.ts
 */
import { performance } from 'node:perf_hooks';
import { comparePackages, financeSettings, packageTemplates, type ComparedPackage } from '../../shared/incentives';

const project = {
  id: 1,
  investmentWan: 50_000,
  landNeedMu: 120,
  floorNeedM2: null,
  taxWan: 4_000,
  vatShare: 0.6,
  jobs: 800,
  rampUpYears: 3,
};
const park = {
  landGrade: 11,
  listedLandPriceWanPerMu: 18,
  minFar: 1.0,
  minInvestmentIntensityWanPerMu: 200,
  minTaxPerMuWan: 15,
};
const settings = financeSettings({ retainedShareVat: 0.6, retainedShareCit: 0.6 }, { horizonYears: 30 });

const everything: ComparedPackage = {
  name: '组合方案',
  nameEn: 'Everything',
  components: {
    land: {
      areaMu: 120,
      priceWanPerMu: 12,
      preparationCostWanPerMu: 10,
      listedPriceWanPerMu: 18,
      priorityProject: true,
    },
    equity: {
      amountWan: 5000,
      share: 0.2,
      exitYear: 6,
      buybackRate: 0.0475,
      dividendRate: 0.01,
      largestShareholder: false,
      guaranteedReturn: false,
      newAttractionFund: false,
    },
    lease: {
      areaM2: 20_000,
      marketRentYuanPerM2Month: 9,
      rentYuanPerM2Month: 7,
      freeMonths: 24,
      halfRentMonths: 12,
      leaseYears: 8,
      transferYear: 8,
      transferPriceWan: 2500,
      buildingCostWan: 3000,
    },
    buildToSuit: { costWan: 6000, buybackStartYear: 3, buybackYears: 8, buybackTotalWan: 6600 },
    equipmentSubsidy: { amountWan: 800, year: 1 },
    taxRefund: { share: 0.3, years: 5, legalBasis: null },
    commitments: {
      investmentWan: 50_000,
      taxPerYearWan: 4_000,
      jobs: 800,
      byYear: 4,
      clawbackProRata: true,
      clawbackYear: 5,
    },
  },
};
const packages: ComparedPackage[] = [...packageTemplates(project, park), everything];

const run = (share: number) =>
  comparePackages({ packages, project, settings, park, gbtGroup: 35, plannedFar: 1.1, deliveredShare: share });

const t0 = performance.now();
run(1);
const cold = performance.now() - t0;

for (let i = 0; i < 50; i++) run(i / 50); // warm-up
const times: number[] = [];
let sink = 0;
for (let i = 0; i < 500; i++) {
  const s = performance.now();
  const res = run((i % 101) / 100);
  times.push(performance.now() - s);
  sink += res[0].delivery.govNpvWithClawbackWan;
}
times.sort((a, b) => a - b);
const mean = times.reduce((a, b) => a + b, 0) / times.length;
const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
console.log(
  `comparePackages: ${packages.length} packages × ${settings.horizonYears}` +
    ` years, ${times.length} calls (checksum ${sink.toFixed(1)}` +
    `)`,
);
console.log(
  `  cold ${cold.toFixed(2)} ms | mean ${mean.toFixed(3)}` +
    ` ms | median ${q(0.5).toFixed(3)} ms | p95 ${q(0.95).toFixed(3)}` +
    ` ms | max ${times[times.length - 1].toFixed(3)} ms`,
);
console.log(`  target < 50 ms: ${q(0.95) < 50 ? 'met' : 'NOT met'}`);
