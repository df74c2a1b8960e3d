import type { Id } from './common';
import type { IncentiveComponents } from '../incentives/types';

export const PACKAGE_TEMPLATE_KINDS = [
  'land_discount',
  'equity_buyback',
  'rent_free_lease_to_own',
  'build_to_suit',
  'custom',
] as const;
export type PackageTemplateKind = (typeof PACKAGE_TEMPLATE_KINDS)[number];

/** 优惠方案: a named set of incentive components, a template or saved against a project. */
export interface IncentivePackage {
  id: Id;
  projectId: Id | null;
  name: string;
  nameEn: string;
  kind: PackageTemplateKind;
  isTemplate: boolean;
  components: IncentiveComponents;
  version: number;
}
