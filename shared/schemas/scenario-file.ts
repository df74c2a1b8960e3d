import { z } from 'zod';
import { OPEN_STAGES } from '../types/project';

/**
 * The scenario file: one JSON document holding everything an allocation solve needs.
 * The server builds it from the database; `npm run solve -- FILE.json` reads it directly.
 * Described for humans in docs/scenario-file.md.
 */

const id = z.number().int();
const nonNeg = z.number().finite().min(0);
const share = z.number().finite().min(0).max(1);
const landUse = z.enum(['M1', 'M2', 'M3']);

export const weightsSchema = z.object({
  tax: nonNeg,
  jobs: nonNeg,
  chainFit: nonNeg,
  head: nonNeg,
  incentiveCost: nonNeg,
});

export const leversSchema = z.object({
  weights: weightsSchema,
  /** Per-park override of the park's minimum dominant share θ (key: park id). */
  dominantShareByPark: z.record(z.string(), share),
  /** 'new': θ applies to the space allocated in this scenario; 'total': to existing occupants plus new. */
  shareBasis: z.enum(['new', 'total']),
  /** Government equity fund available (万元); null = no limit. */
  equityFundWan: nonNeg.nullable(),
  /** Budget for the present value of incentives (rent, land, subsidies) (万元); null = no limit. */
  incentiveBudgetWan: nonNeg.nullable(),
  horizonYears: z.number().int().min(1).max(50),
  discountRate: z.number().finite().min(0).max(0.5),
  /** Money value of one job (万元, once). */
  jobValueWan: nonNeg,
  /** Bonus for a project that fills a link of the park's dominant chain absent from the park today. */
  chainGapBonusWan: nonNeg,
  /** Bonus for a Fortune Global 500 head enterprise; China 500 gets 60%, listed 40%. */
  headBonusWan: nonNeg,
  /** Penalty per project short of a leader's quota (万元). */
  quotaPenaltyWan: nonNeg,
  /** A placement must bring at least this value (万元) or the space stays empty. */
  minPlacementValueWan: z.number().finite(),
  /** Years before production starts, by site readiness (七通一平). */
  readinessDelayYears: z.object({ ready: nonNeg, partial: nonNeg, raw: nonNeg }),
  /** Optional, default false: offer flagged recoverable plots (GET /api/land-flags) as sites. */
  recoverFlagged: z.boolean().optional(),
});

export const DEFAULT_LEVERS: z.infer<typeof leversSchema> = {
  weights: { tax: 1, jobs: 1, chainFit: 1, head: 1, incentiveCost: 1 },
  dominantShareByPark: {},
  shareBasis: 'new',
  equityFundWan: null,
  incentiveBudgetWan: null,
  horizonYears: 15,
  discountRate: 0.03,
  jobValueWan: 2,
  chainGapBonusWan: 500,
  headBonusWan: 1000,
  quotaPenaltyWan: 2000,
  minPlacementValueWan: 0,
  readinessDelayYears: { ready: 0, partial: 1, raw: 2 },
};

export const quotaSchema = z.object({
  role: z.enum(['head', 'deputy']),
  count: z.number().int().min(0),
  minInvestmentWan: nonNeg,
  dominantOnly: z.boolean(),
});

export const jurisdictionSchema = z.object({
  id,
  name: z.string().optional(),
  retainedShareVat: share,
  retainedShareCit: share,
  quotas: z.array(quotaSchema),
});

export const parkSchema = z.object({
  id,
  name: z.string().optional(),
  jurisdictionId: id,
  dominantChainIds: z.array(id),
  minDominantShare: share,
  /** Plots only: investment per mu must reach this (万元/亩). */
  minInvestmentIntensityWanPerMu: nonNeg,
  /** Plots only: tax per mu at full production must reach this (万元/亩/年). */
  minTaxPerMuWan: nonNeg,
  /** Area already occupied by dominant-chain enterprises (亩; factory floor converted at 666.67 m²/亩). */
  existingDominantMu: nonNeg,
  existingTotalMu: nonNeg,
  /** Chain links already present in the park (for the chain-gap bonus). */
  presentLinkIds: z.array(id),
});

export const siteSchema = z.object({
  /** Unique across plots and buildings; the server uses 'plot:<id>' and 'building:<id>'. */
  id: z.string().min(1),
  kind: z.enum(['plot', 'building']),
  parkId: id,
  /** Free capacity: 亩 for a plot, vacant floor m² for a building. */
  capacity: z.number().finite().positive(),
  /** Land-use class of the plot (or of the building's plot). */
  landUse,
  readiness: z.enum(['ready', 'partial', 'raw']),
  name: z.string().optional(),
  /**
   * Optional, default true: several projects may share the site up to its capacity. false = the
   * site goes to one project at most (an indivisible plot: the server writes false for plots, so a
   * commit never records two users of one plot).
   */
  shared: z.boolean().optional(),
  /**
   * Optional: a flagged plot (idle or inefficient land) the county may recover (腾笼换鸟). Using it
   * costs recoveryCostWan (counted like an incentive's cost) and adds recoveryDelayYears before
   * production starts. Absent: an ordinary vacant site.
   */
  recoveryCostWan: nonNeg.optional(),
  recoveryDelayYears: nonNeg.max(20).optional(),
});

export const packageSchema = z.object({
  id,
  name: z.string().optional(),
  /** Present value of the package's net cost to the government (万元), from shared/incentives. */
  pvCostWan: z.number().finite(),
  /** Government equity put in (counts against the equity fund). */
  equityWan: nonNeg,
  /** Present value of rent, land and subsidy incentives (counts against the incentive budget). */
  incentivePvWan: nonNeg,
  appliesTo: z.enum(['land', 'floor', 'both']),
  /**
   * Optional. PV of the package to the investor (万元, its gain over market terms). A package worth
   * less to the investor than the project's reservation value is never chosen for an open
   * prospect (nobody would sign it). Absent: not checked.
   */
  investorValueWan: z.number().finite().optional(),
  /**
   * Optional. The parks where the package is lawful (its land price at least the park's grade
   * floor, the project's intensity at least the national minimum there; shared/incentives
   * compliance): it is never placed elsewhere. Absent: any park.
   */
  parkIds: z.array(id).optional(),
});

export const projectSchema = z
  .object({
    id,
    name: z.string().optional(),
    jurisdictionId: id,
    leaderRole: z.enum(['head', 'deputy']),
    chainId: id.nullable(),
    chainLinkId: id.nullable(),
    investmentWan: nonNeg,
    landNeedMu: z.number().finite().positive().nullable(),
    floorNeedM2: z.number().finite().positive().nullable(),
    /** Total tax per year at full production (VAT + CIT). */
    taxWan: nonNeg,
    vatShare: share,
    rampUpYears: z.number().finite().min(0).max(30),
    jobs: nonNeg,
    pollutionClass: landUse,
    head: z.enum(['none', 'global500', 'china500', 'listed']),
    /** 'signed' projects must be placed. */
    stage: z.enum(OPEN_STAGES),
    /** Parks the project may go to; absent = any park in the file. */
    allowedParkIds: z.array(id).optional(),
    /** Empty = placed without incentive (packageId null). */
    packages: z.array(packageSchema),
    /**
     * Optional, default 0: the least a package must be worth to the investor (万元 PV) for it to
     * sign; 0 = no package may leave it worse off than no package at all.
     */
    reservationValueWan: z.number().finite().optional(),
  })
  .refine((p) => p.landNeedMu !== null || p.floorNeedM2 !== null, {
    message: 'a project needs landNeedMu or floorNeedM2',
    path: ['landNeedMu'],
  });

/** A project that must be placed (at a site, with a package, when given). Stale ids: see stale.ts. */
export const pinSchema = z.object({
  projectId: id,
  siteId: z.string().optional(),
  packageId: id.optional(),
});

/** A (project, site) pair matching every given field is forbidden; {projectId} alone excludes the project, {siteId}
 * alone the site. */
export const exclusionSchema = z
  .object({ projectId: id.optional(), siteId: z.string().optional(), parkId: id.optional() })
  .refine((e) => Object.values(e).some((v) => v !== undefined), { message: 'an exclusion needs at least one field' });

/** A placement of an earlier plan (the warm start of a re-solve). */
export const startPlacementSchema = z.object({ projectId: id, siteId: z.string(), packageId: id.nullable() });

export const scenarioFileSchema = z
  .object({
    format: z.literal('parkplan-scenario'),
    version: z.literal(1),
    name: z.string().optional(),
    levers: leversSchema,
    jurisdictions: z.array(jurisdictionSchema),
    parks: z.array(parkSchema),
    sites: z.array(siteSchema),
    projects: z.array(projectSchema),
    pins: z.array(pinSchema),
    exclusions: z.array(exclusionSchema),
    /**
     * Optional: the previous plan. A re-solve starts from it, repaired to the file's rules
     * (placements the rules now forbid are dropped), so it never returns a worse plan than the
     * repaired one. Unknown ids are dropped, not refused: it is a starting point, not a rule.
     */
    startPlan: z.array(startPlacementSchema).optional(),
  })
  .superRefine((f, ctx) => {
    const unique = (xs: (string | number)[], path: string) => {
      const seen = new Set<string | number>();
      xs.forEach((x, i) => {
        if (seen.has(x)) ctx.addIssue({ code: 'custom', message: `duplicate id ${x}`, path: [path, i, 'id'] });
        seen.add(x);
      });
    };
    unique(
      f.jurisdictions.map((j) => j.id),
      'jurisdictions',
    );
    unique(
      f.parks.map((p) => p.id),
      'parks',
    );
    unique(
      f.sites.map((s) => s.id),
      'sites',
    );
    unique(
      f.projects.map((p) => p.id),
      'projects',
    );
    const jur = new Set(f.jurisdictions.map((j) => j.id));
    const parks = new Set(f.parks.map((p) => p.id));
    f.parks.forEach((p, i) => {
      if (!jur.has(p.jurisdictionId))
        ctx.addIssue({
          code: 'custom',
          message: `unknown jurisdiction ${p.jurisdictionId}`,
          path: ['parks', i, 'jurisdictionId'],
        });
    });
    f.sites.forEach((s, i) => {
      if (!parks.has(s.parkId))
        ctx.addIssue({ code: 'custom', message: `unknown park ${s.parkId}`, path: ['sites', i, 'parkId'] });
    });
    f.projects.forEach((p, i) => {
      if (!jur.has(p.jurisdictionId))
        ctx.addIssue({
          code: 'custom',
          message: `unknown jurisdiction ${p.jurisdictionId}`,
          path: ['projects', i, 'jurisdictionId'],
        });
    });
    // Pins naming a project, site or package the file does not have are not refused: space and
    // projects change after a pin is set, so the engine drops such a pin with a warning
    // (shared/allocation/stale.ts) and solves the rest.
    unique(
      f.pins.map((p) => p.projectId),
      'pins',
    );
  });

export type Weights = z.infer<typeof weightsSchema>;
export type Levers = z.infer<typeof leversSchema>;
export type ScenarioQuota = z.infer<typeof quotaSchema>;
export type ScenarioJurisdiction = z.infer<typeof jurisdictionSchema>;
export type ScenarioPark = z.infer<typeof parkSchema>;
export type ScenarioSite = z.infer<typeof siteSchema>;
export type ScenarioPackage = z.infer<typeof packageSchema>;
export type ScenarioProject = z.infer<typeof projectSchema>;
export type ScenarioPin = z.infer<typeof pinSchema>;
export type ScenarioExclusion = z.infer<typeof exclusionSchema>;
export type ScenarioFile = z.infer<typeof scenarioFileSchema>;
export type StartPlacement = z.infer<typeof startPlacementSchema>;
