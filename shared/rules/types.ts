/**
 * One entry of the rules catalogue. A `fact` is a value printed in a national document and cites
 * it (document + article); a `setting` is a value no national document fixes: it carries the
 * default the product ships with and why, and the city may change it.
 */
export interface RuleSource {
  /** The document's number or title, e.g. 国土资发〔2008〕24号. */
  document: string;
  /** Article, item or table inside it. */
  article: string;
}

interface RuleBase {
  /** Stable id every check cites, e.g. `land.floor`. */
  id: string;
  titleZh: string;
  titleEn: string;
  unit: string;
  /**
   * True when the figure was read from the official text; false when it is reproduced from a
   * secondary source and should be checked against the gazette before a bureau relies on it.
   */
  verified: boolean;
  /**
   * How far the figure was checked: the public copies it was compared with and what they agree
   * on, or what is still to be checked. Printed in docs/rules.md beside the source.
   */
  check?: string;
}

export interface FactRule extends RuleBase {
  kind: 'fact';
  /** One value, or a table of values keyed by grade / group / region class. */
  value: number | Readonly<Record<string, number>>;
  source: RuleSource;
}

export interface SettingRule extends RuleBase {
  kind: 'setting';
  /** One value, or a table (a figure the city keeps until the national table is checked). */
  default: number | string | Readonly<Record<string, number>>;
  /** Why this default: the public figure it follows, and when it was taken. */
  why: string;
  /** The day the default was read (rates change: the LPR is republished monthly). */
  asOf?: string;
  source?: RuleSource;
}

export type Rule = FactRule | SettingRule;
