import type { Rule } from './types';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function valueText(r: Rule): string {
  if (r.kind === 'setting') return `默认 ${r.default}${r.asOf ? `（${r.asOf}）` : ''}`;
  if (typeof r.value === 'number') return String(r.value);
  return Object.entries(r.value)
    .map(([k, v]) => `${k}: ${v}`)
    .join('; ');
}

/** docs/rules.md, generated from the catalogue so the two cannot drift (a test compares them). */
export function rulesMarkdown(rules: readonly Rule[]): string {
  const head = [
    '# Rules catalogue',
    '',
    'Generated from `shared/rules/` by `npm run docs:rules`; do not edit by hand (tests/shared/rules/catalogue.test.ts fails when it is stale).',
    '',
    '`fact` = printed in the cited document; `setting` = no national figure, the default and why are given and the city may change it.',
    '`verified: no` = reproduced from a secondary source; check against the gazette text before relying on it.',
    '',
    '| id | kind | rule | value | unit | source / why | verified |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  const rows = rules.map((r) => {
    const src = r.source ? `${r.source.document} ${r.source.article}` : '';
    const why = r.kind === 'setting' ? `${src ? `${src}；` : ''}${r.why}` : src;
    return `| \`${r.id}\` | ${r.kind} | ${cell(r.titleZh)} | ${cell(valueText(r))} | ${cell(r.unit)} | ${cell(why)} | ${r.verified ? 'yes' : 'no'} |`;
  });
  return [...head, ...rows, ''].join('\n');
}
