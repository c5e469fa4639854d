// Markdown scorecard (for a repository, an issue or docs/scorecard-example.md): the matrix of
// agencies by dataset types, the focus fields of the Police Data Initiative, a field-coverage table
// per dataset type with what could not be crosswalked, and the changes between releases. Agency
// names, labels, file names and values are data: escaped.
import { escapeMarkdown } from '../report/escape.js';
import { formatCount, formatPercent, plural } from '../report/format.js';
import { renderDiffMarkdown } from './render-diff-markdown.js';
import type { Scorecard, ScorecardSource, ScorecardType } from './scorecard.js';

const cell = (text: string) => escapeMarkdown(text, 120);
const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;
export const NOT_PUBLISHED = '—';

const period = (source: ScorecardSource) =>
  source.coverage ? `${source.coverage.start} to ${source.coverage.end}` : 'no dates';

function matrix(card: Scorecard): string[] {
  const types = card.dataset_types;
  const out = [
    `| Agency | ${types.map((type) => code(type.dataset_type)).join(' | ')} |`,
    `| --- | ${types.map(() => '---').join(' | ')} |`,
  ];
  for (const agency of card.agencies) {
    const cells = types.map((type) => {
      const sources = card.sources.filter(
        (source) => source.agency === agency.name && source.dataset_type === type.dataset_type,
      );
      if (sources.length === 0) return NOT_PUBLISHED;
      return sources
        .map(
          (source) =>
            `${sources.length > 1 || source.release ? `${cell(source.release ?? source.label)}: ` : ''}**${source.level}** ${source.score.toFixed(1)} · ${plural(source.rows, 'row')} · ${period(source)}`,
        )
        .join('<br>');
    });
    const where = [agency.city, agency.state].filter(Boolean).join(', ');
    out.push(`| ${cell(agency.name)}${where ? ` (${cell(where)})` : ''} | ${cells.join(' | ')} |`);
  }
  return out;
}

function focusTable(card: Scorecard): string[] {
  const out = [
    `| Dataset | Type | ${card.focus.map((concept) => concept.label).join(' | ')} |`,
    `| --- | --- | ${card.focus.map(() => '---:').join(' | ')} |`,
  ];
  for (const source of card.sources) {
    const values = source.focus.map((entry) =>
      entry.fields.length === 0
        ? 'n/a'
        : entry.completeness === null
          ? NOT_PUBLISHED
          : formatPercent(entry.completeness),
    );
    out.push(`| ${cell(source.label)} | ${code(source.dataset_type)} | ${values.join(' | ')} |`);
  }
  return out;
}

function coverageTable(card: Scorecard, type: ScorecardType): string[] {
  const sources = type.sources.map((id) => card.sources.find((source) => source.id === id) as ScorecardSource);
  const out = [
    `| Field | Level | ${sources.map((source) => cell(source.label)).join(' | ')} |`,
    `| --- | --- | ${sources.map(() => '---:').join(' | ')} |`,
  ];
  for (const name of type.fields) {
    const fields = sources.map((source) => source.fields.find((field) => field.name === name));
    const first = fields.find(Boolean);
    const focus = first?.focus !== undefined;
    const values = fields.map((field) => {
      if (!field || field.status === 'not_published') return NOT_PUBLISHED;
      const share = formatPercent(field.completeness);
      return field.not_crosswalked ? `${share} ⚠ ${formatCount(field.not_crosswalked.rows)}` : share;
    });
    out.push(`| ${focus ? `**${code(name)}** ★` : code(name)} | ${first?.level ?? ''} | ${values.join(' | ')} |`);
  }
  return out;
}

function crosswalkNotes(card: Scorecard, type: ScorecardType): string[] {
  const out: string[] = [];
  for (const id of type.sources) {
    const source = card.sources.find((entry) => entry.id === id) as ScorecardSource;
    for (const field of source.fields) {
      if (!field.not_crosswalked) continue;
      const values = field.not_crosswalked.values.map((value) => `“${escapeMarkdown(value, 60)}”`).join(', ');
      out.push(
        `- ${cell(source.label)}, ${code(field.name)}: ${formatCount(field.not_crosswalked.rows)} ${field.not_crosswalked.rows === 1 ? 'row' : 'rows'}${values ? `, such as ${values}` : ''}.`,
      );
    }
  }
  return out;
}

function notPublished(card: Scorecard, type: ScorecardType): string[] {
  return type.sources.map((id) => {
    const source = card.sources.find((entry) => entry.id === id) as ScorecardSource;
    const list = source.not_published.map(code).join(', ');
    return `- ${cell(source.label)}: ${list || 'publishes every required and recommended field'}.`;
  });
}

export interface ScorecardMarkdownOptions {
  /** Heading level of the title (default 1). */
  heading?: number;
}

export function renderScorecardMarkdown(card: Scorecard, options: ScorecardMarkdownOptions = {}): string {
  const level = options.heading ?? 1;
  const h = '#'.repeat(level);
  const out: string[] = [];
  const types = card.dataset_types.length;
  out.push(
    `${h} ${cell(card.title)}`,
    '',
    `${plural(card.sources.length, 'dataset')} from ${plural(card.agencies.length, 'agency', 'agencies')}, ${plural(types, 'dataset type')}, checked against version ${card.standard_version} of the policedata standard with the same formulas for every agency (level and score: docs/conformance.md).`,
    '',
    `${h}# Scorecard`,
    '',
    `Each cell: conformance level, score (0-100), rows and the period the rows cover. ${NOT_PUBLISHED}: the manifest has no such dataset for the agency.`,
    '',
    ...matrix(card),
    '',
    `${h}# Focus fields of the Police Data Initiative`,
    '',
    `Share of rows with a valid value, after the mapping's crosswalks. ${NOT_PUBLISHED}: the agency does not publish the field; n/a: the dataset type has no such field. Location is the best of address, coordinates, district and beat.`,
    '',
    ...focusTable(card),
    '',
  );
  for (const type of card.dataset_types) {
    out.push(
      `${h}# ${cell(type.title)} (${code(type.dataset_type)})`,
      '',
      `Share of rows with a valid value per field. ★ focus field; ${NOT_PUBLISHED} not published (no column feeds it); 0.0% published but empty or unreadable; ⚠ n: rows whose value could not be crosswalked onto the standard's code list.`,
      '',
      ...coverageTable(card, type),
      '',
    );
    if (type.unpublished_optional.length)
      out.push(`Optional fields none of them publishes: ${type.unpublished_optional.map(code).join(', ')}.`, '');
    const notes = crosswalkNotes(card, type);
    if (notes.length) out.push('**Values that could not be crosswalked**', '', ...notes, '');
    out.push('**Required and recommended fields not published**', '', ...notPublished(card, type), '');
  }
  if (card.changes.length) {
    out.push(`${h}# Changes between releases`, '');
    for (const change of card.changes) {
      const from = card.sources.find((source) => source.id === change.from);
      const to = card.sources.find((source) => source.id === change.to);
      out.push(
        renderDiffMarkdown(change.diff, {
          heading: level + 2,
          title: `${from?.label ?? change.from} → ${to?.label ?? change.to}`,
        }),
      );
    }
  }
  out.push(`${h}# Sources`, '', '| Dataset | Agency | Files | Mapping |', '| --- | --- | --- | --- |');
  for (const source of card.sources) {
    out.push(
      `| ${cell(source.label)} | ${cell(source.agency)} | ${source.files.map(cell).join('<br>')} | ${source.mapping ? cell(source.mapping) : '*none*'} |`,
    );
  }
  return `${out.join('\n').trimEnd()}\n`;
}
