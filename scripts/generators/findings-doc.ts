// docs/findings.md: every finding code of the engine, from the catalogue in @policedata/core.
import { catalogue } from '../../packages/core/src/findings/catalogue.js';
import type { FindingCategory } from '../../packages/core/src/findings/definition.js';
import { GENERATED_HEADER, type GeneratedFile } from './types.js';

const CATEGORY_TITLES: Record<FindingCategory, string> = {
  privacy: 'Personal data',
  source: 'Reading the file',
  structure: 'Table structure',
  mapping: 'Mapping columns onto the standard',
  value: 'Reading values',
  schema: 'Validating rows against the schema',
  dataset: 'The dataset as a whole',
};

export function generateFindingsDoc(): GeneratedFile[] {
  const lines = [
    `<!-- ${GENERATED_HEADER} -->`,
    '',
    '# Findings',
    '',
    'Every problem `policedata validate` reports has a stable code, a severity and a fix. **error**: the',
    'standard says *must*; **warning**: it says *should*; **info**: worth knowing. Reports count every',
    'occurrence exactly and keep a few samples (file, line, column, value) of each code.',
    '',
    'Change a severity or ignore a code per dataset with the `severity` and `ignore` options',
    '(`--severity code=level`, `--ignore code` on the command line).',
    '',
    '| Code | Severity | Title |',
    '| --- | --- | --- |',
    ...catalogue.map((entry) => `| [\`${entry.code}\`](#${entry.code}) | ${entry.severity} | ${entry.title} |`),
    '',
  ];
  for (const [category, title] of Object.entries(CATEGORY_TITLES)) {
    const entries = catalogue.filter((entry) => entry.category === category);
    if (entries.length === 0) continue;
    lines.push(`## ${title}`, '');
    for (const entry of entries) {
      lines.push(
        `### ${entry.code}`,
        '',
        `**${entry.severity}** · ${entry.title}`,
        '',
        entry.description,
        '',
        `**How to fix:** ${entry.fix}`,
        '',
      );
    }
  }
  return [{ path: 'docs/findings.md', content: lines.join('\n') }];
}
