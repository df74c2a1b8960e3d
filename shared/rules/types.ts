/** A rule the checks read: a sourced fact, or a setting whose default the bureau may change. */
export interface SourcedRule {
  id: string;
  kind: 'fact';
  title: string;
  value: number | Readonly<Record<number, number>>;
  unit: string;
  /** Issuing document and article, e.g. 国土资发〔2008〕24号 第三条. */
  source: string;
}

export interface SettingRule {
  id: string;
  kind: 'setting';
  title: string;
  default: number;
  unit: string;
  /** Why this default, and the date of the figure where it changes over time. */
  basis: string;
}

export type Rule = SourcedRule | SettingRule;
