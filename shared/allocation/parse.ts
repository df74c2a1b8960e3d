import { AppError } from '../errors';
import { scenarioFileSchema, type ScenarioFile } from '../schemas/scenario-file';

/** Validate an untrusted scenario document; the error names the first bad field (path) in words. */
export function parseScenarioFile(doc: unknown): ScenarioFile {
  const r = scenarioFileSchema.safeParse(doc);
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(root)', message: i.message }));
  const first = issues[0];
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  throw new AppError('INVALID_SCENARIO', `invalid scenario file: ${first.path}: ${first.message}${more}`, 422, {
    issues: issues.slice(0, 50),
  });
}

export interface ModelLimits {
  maxSites: number;
  maxProjects: number;
  maxPairs: number;
}
export const DEFAULT_LIMITS: ModelLimits = { maxSites: 50_000, maxProjects: 10_000, maxPairs: 50_000_000 };

/** Refuse files too large to solve in the time allowed: 413 with a message saying which limit. */
export function checkSize(f: ScenarioFile, l: ModelLimits): void {
  if (f.sites.length > l.maxSites)
    throw new AppError('MODEL_TOO_LARGE', `scenario has ${f.sites.length} sites; the limit is ${l.maxSites}`, 413, {
      sites: f.sites.length,
      limit: l.maxSites,
    });
  if (f.projects.length > l.maxProjects)
    throw new AppError(
      'MODEL_TOO_LARGE',
      `scenario has ${f.projects.length} projects; the limit is ${l.maxProjects}`,
      413,
      { projects: f.projects.length, limit: l.maxProjects },
    );
}

/** After pre-filtering: too many (project, site, package) pairs is a 422 (the file is valid but unsolvable here). */
export function checkPairs(pairs: number, l: ModelLimits): void {
  if (pairs > l.maxPairs)
    throw new AppError(
      'MODEL_TOO_LARGE',
      `after pre-filtering the model has ${pairs} pairs; the limit is ${l.maxPairs}` +
        `: narrow the scope (parks, allowed parks per project)`,
      422,
      { pairs, limit: l.maxPairs },
    );
}
