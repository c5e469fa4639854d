// The page's own short verdict above the report, and the personal-data warning, built from the
// report's facts with text nodes only (file names and codes come from the user's file).
import type { ReportFacts } from '../engine/protocol.js';
import { formatCount, plural } from './format.js';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function typeText(facts: ReportFacts): string {
  if (!facts.type) return 'not known';
  if (facts.typeSource === 'detected') {
    return `${facts.type} (detected, ${Math.round((facts.confidence ?? 0) * 100)}% confidence)`;
  }
  return `${facts.type} (${facts.typeSource === 'mapping' ? 'from the mapping file' : 'as chosen'})`;
}

/** One line each: level, score, rows, type and the findings by severity. */
export function renderVerdict(container: HTMLElement, facts: ReportFacts): void {
  const items: [string, string][] = [
    ['Before publishing', beforePublishing(facts)],
    ['Level', facts.level.toUpperCase()],
    ['Score', `${facts.score} / 100`],
    ['Rows', formatCount(facts.rows)],
    ['Dataset type', typeText(facts)],
    [
      'Findings',
      `${plural(facts.summary.error, 'error')}, ${plural(facts.summary.warning, 'warning')}, ${formatCount(facts.summary.info)} info`,
    ],
  ];
  const list = element('dl', undefined, 'verdict');
  for (const [label, value] of items) {
    const item = element('div');
    item.append(element('dt', label), element('dd'));
    const dd = item.lastElementChild as HTMLElement;
    dd.append(element('strong', value));
    list.append(item);
  }
  container.replaceChildren(list);
}

/** What to do before publishing, in words: errors first, then personal data, else nothing found. */
function beforePublishing(facts: ReportFacts): string {
  const privacy = facts.privacy.length > 0;
  if (facts.summary.error > 0)
    return `fix ${plural(facts.summary.error, 'error')}${privacy ? ', remove the personal data' : ''}`;
  if (privacy) return 'remove the personal data';
  return facts.summary.warning > 0 ? 'no errors; review the warnings' : 'no errors found';
}

/** The personal-data findings, first and loud: publishing them is the harm this check prevents. */
export function renderPrivacy(container: HTMLElement, facts: ReportFacts): boolean {
  if (facts.privacy.length === 0) {
    container.replaceChildren();
    return false;
  }
  const heading = element('h3', '⚠ Personal data found: remove it before you publish');
  const list = element('ul');
  for (const finding of facts.privacy) {
    const item = element('li');
    item.append(element('strong', finding.title), ` (${finding.code}): ${plural(finding.count, 'finding')}`);
    list.append(item);
  }
  const note = element('p', 'The report below shows where (line and column) and how to fix each one.');
  container.replaceChildren(heading, list, note);
  return true;
}
