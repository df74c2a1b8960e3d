import { z } from 'zod';
import { HEAD_KINDS, PROJECT_STAGES } from '../types/project';
import { LEADER_ROLES } from '../types/jurisdiction';
import { idSchema, landUseSchema, nameSchema, pageQuerySchema, patchSchema } from './common';

const projectFields = z.strictObject({
  name: nameSchema,
  investor: nameSchema,
  industryId: idSchema,
  chainLinkId: idSchema.nullable().default(null),
  investmentWan: z.number().positive('must be positive').max(1e8),
  landNeedMu: z.number().positive().max(10000).nullable().default(null),
  floorNeedM2: z.number().positive().max(1_000_000).nullable().default(null),
  outputWan: z.number().min(0).max(1e9),
  taxWan: z.number().min(0).max(1e8),
  vatShare: z.number().min(0).max(1).default(0.6),
  rampUpYears: z.number().int().min(0).max(10).default(2),
  jobs: z.number().int().min(0).max(1_000_000),
  reservationValueWan: z.number().min(-1e8).max(1e8).default(0),
  pollutionClass: landUseSchema,
  head: z.enum(HEAD_KINDS).default('none'),
  stage: z.enum(PROJECT_STAGES).default('lead'),
  dropReason: z.string().max(500).nullable().default(null),
  jurisdictionId: idSchema,
  leaderRole: z.enum(LEADER_ROLES).default('head'),
  notes: z.string().max(4000).default(''),
});

/** A project wants land or factory floor space, never both and never neither. */
const needsOneSpace = (p: { landNeedMu?: number | null; floorNeedM2?: number | null }) =>
  (p.landNeedMu == null) !== (p.floorNeedM2 == null);
const needMessage = { message: 'give exactly one of landNeedMu or floorNeedM2', path: ['landNeedMu'] };

export const projectCreateSchema = projectFields.refine(needsOneSpace, needMessage);
export const projectUpdateSchema = patchSchema(projectFields);
export const projectListQuerySchema = pageQuerySchema.extend({
  jurisdictionId: idSchema.optional(),
  industryId: idSchema.optional(),
  stage: z.enum(PROJECT_STAGES).optional(),
  head: z.enum(HEAD_KINDS).optional(),
  q: z.string().max(100).optional(),
});
export type ProjectCreate = z.infer<typeof projectCreateSchema>;
export type ProjectUpdate = z.infer<typeof projectUpdateSchema>;
export { needsOneSpace };
