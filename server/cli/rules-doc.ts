import { writeFileSync } from 'node:fs';
import { RULES_CATALOGUE } from '../../shared/rules';
import { renderRulesMarkdown } from '../../shared/rules/markdown';

// Writes docs/rules.md from the catalogue; tests/shared/rules/catalogue.test.ts checks they agree.
writeFileSync('docs/rules.md', renderRulesMarkdown(RULES_CATALOGUE));
