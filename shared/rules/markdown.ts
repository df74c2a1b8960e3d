import type { Rule } from './types';

const fmt = (v: number | Readonly<Record<number, number>>): string =>
  typeof v === 'number'
    ? String(v)
    : Object.entries(v)
        .map(([k, x]) => `${k}: ${x}`)
        .join('; ');

/** docs/rules.md as text: generated from the catalogue so the two never drift (`npm run rules:doc`). */
export function renderRulesMarkdown(rules: readonly Rule[]): string {
  const lines = [
    '# Rules catalogue',
    '',
    'Generated from `shared/rules/` by `npm run rules:doc`; do not edit by hand (a test fails when they differ).',
    'A *fact* cites its document and article; a *setting* is a default the bureau may change, with its basis.',
    '',
    '| id | kind | rule | value | unit | source / basis |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of rules) {
    const value = r.kind === 'fact' ? fmt(r.value) : `${r.default} (default)`;
    const source = r.kind === 'fact' ? r.source : r.basis;
    lines.push(`| \`${r.id}\` | ${r.kind} | ${r.title} | ${value} | ${r.unit} | ${source} |`);
  }
  return lines.join('\n') + '\n';
}
