import { writeFileSync } from 'node:fs';
import { RULE_CATALOGUE } from '../../shared/rules';
import { rulesMarkdown } from '../../shared/rules/markdown';

// Regenerates docs/rules.md from the catalogue.
writeFileSync(new URL('../../docs/rules.md', import.meta.url), rulesMarkdown(RULE_CATALOGUE));
