// docs/scorecard-example.md: the scorecard of examples/compare/manifest.yaml, the eleven real files
// in ../shared/data side by side. Validates every file (the slowest generator); the date that counts
// as "today" for future-date checks is fixed, so the page only changes when the code or data does.
import { join } from 'node:path';
import { renderScorecardMarkdown } from '../../packages/core/src/compare/render-scorecard-markdown.js';
import { compareSources } from '../../packages/core/src/compare/run.node.js';
import { planComparison } from '../../packages/core/src/node.js';
import { repoRoot } from './load-schemas.js';
import { GENERATED_HEADER, type GeneratedFile } from './types.js';

export const SCORECARD_MANIFEST = 'examples/compare/manifest.yaml';
const AS_OF = '2025-01-01';

export async function generateScorecardExample(): Promise<GeneratedFile[]> {
  const plan = await planComparison(join(repoRoot, SCORECARD_MANIFEST), { shownFrom: repoRoot });
  const card = await compareSources(plan, { workers: 0, asOf: AS_OF });
  const content = [
    `<!-- ${GENERATED_HEADER} -->`,
    '',
    renderScorecardMarkdown(card).replace(
      /\n/,
      `\n\nMade by \`policedata compare ${SCORECARD_MANIFEST}\` from the real files in \`../shared/data\` (see [compare.md](compare.md)).\n`,
    ),
  ].join('\n');
  return [{ path: 'docs/scorecard-example.md', content }];
}
