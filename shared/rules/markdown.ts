import type { Rule } from './types';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

const table = (v: number | string | Readonly<Record<string, number>>) =>
  typeof v === 'object'
    ? Object.entries(v)
        .map(([k, x]) => `${k}: ${x}`)
        .join('; ')
    : String(v);

function valueText(r: Rule): string {
  if (r.kind === 'setting') return `默认 ${table(r.default)}${r.asOf ? `（${r.asOf}）` : ''}`;
  return table(r.value);
}

/** docs/rules.md, generated from the catalogue so the two cannot drift (a test compares them). */
export function rulesMarkdown(rules: readonly Rule[]): string {
  const head = [
    '# Rules catalogue',
    '',
    'Generated from `shared/rules/` by `npm run docs:rules`; do not edit ' +
      'by hand (tests/shared/rules/catalogue.test.ts fails when it is stale).',
    '',
    '`fact` = printed in the cited document; `setting` = no national ' +
      'figure, the default and why are given and the city may change it.',
    '`verified: no` = reproduced from a secondary source; check against the gazette text before relying on it.',
    '“核对” says which public copies a figure was compared with.',
    'The investment-intensity table (`landuse.investment.min`) and its region classes (`landuse.regionClass`) are',
    '**settings to be checked**: no copy of 国土资发〔2008〕24号 表1 or of its 地区分类 was found to compare them',
    'with, so the bureau must check every figure against the gazette before relying on it.',
    '',
    '| id | kind | rule | value | unit | source / why | verified |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  const rows = rules.map((r) => {
    const src = r.source ? `${r.source.document} ${r.source.article}` : '';
    const base = r.kind === 'setting' ? `${src ? `${src}；` : ''}${r.why}` : src;
    const why = r.check ? `${base}。核对：${r.check}` : base;
    return (
      `| \`${r.id}\` | ${r.kind} | ${cell(r.titleZh)} | ${cell(valueText(r))}` +
      ` | ${cell(r.unit)} | ${cell(why)} | ${r.verified ? 'yes' : 'no'}` +
      ` |`
    );
  });
  return [...head, ...rows, ''].join('\n');
}
