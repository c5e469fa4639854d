// Writes a mapping proposal as a commented YAML mapping file for a person to check and edit: why
// each column was matched, how often each value occurs, what is unknown ("map me"), which columns
// nothing matched. Every value from the file is written through yaml-text.ts, so a cell holding a
// line break, a quote or a `#` cannot change the file's structure.
import { type MappingProposal, type ProposedField, SERIES_SEPARATOR } from './propose.js';
import type { ProposedValue } from './propose-values.js';
import { count, plural, quoted, yamlComment, yamlString } from './yaml-text.js';

/** YAML reads implicit keys up to 1,024 characters; longer values cannot be crosswalk keys. */
const MAX_KEY_CHARS = 1000;
/** Trailing comments line up at this column at most. */
const COMMENT_COLUMN = 48;

/** Lines of one block, each with an optional trailing comment aligned with its neighbours'. */
class Block {
  private readonly lines: Array<{ text: string; comment?: string }> = [];

  line(text: string, comment?: string): this {
    this.lines.push(comment === undefined ? { text } : { text, comment });
    return this;
  }

  render(): string[] {
    const width = Math.min(
      COMMENT_COLUMN,
      Math.max(0, ...this.lines.filter((line) => line.comment).map((line) => line.text.length)),
    );
    return this.lines.map(({ text, comment }) =>
      comment === undefined ? text : `${text.padEnd(width)} ${yamlComment(comment)}`,
    );
  }
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

function header(proposal: MappingProposal): string[] {
  const sample = proposal.complete
    ? `all ${plural(proposal.sampleRows, 'row')}`
    : `its first ${plural(proposal.sampleRows, 'row')}`;
  const unfilled = proposal.unfilledRows;
  return [
    `A starting mapping for ${proposal.fileName ?? 'a file'},`,
    `written by \`policedata map\` from its column names and ${sample}.`,
    ...(unfilled > 0 ? [`${plural(unfilled, 'unfilled line')} of a form (a value in one column only) left out.`] : []),
    'Check it before use: every match and every "check"; values marked "unknown: map me" are commented',
    'out (and reported until mapped): give each a code, or null for "not recorded".',
    'Then: policedata validate <file> --mapping <this file>',
    'Format: docs/mapping-files.md (schema: schemas/v1/mapping.schema.json).',
  ].map(yamlComment);
}

function typeComment(proposal: MappingProposal): string {
  if (proposal.typeSource === 'option') return 'given with --type';
  const runnerUp = proposal.runnerUp ? `; runner-up: ${proposal.runnerUp}` : '; no other type matched';
  return `detected from the column names: ${percent(proposal.confidence ?? 0)} confidence${runnerUp}`;
}

function reasonComment(field: ProposedField): string {
  switch (field.reason) {
    case 'field_name':
      return "the field's name";
    case 'alias':
      return `a known name for ${field.field}`;
    case 'fuzzy':
      return `close to ${quoted(field.matched ?? field.field)}: check`;
    case 'address_parts':
      return 'an address published in parts, joined with spaces: check the order (with the house number it is exact)';
  }
}

function usageComment(field: ProposedField, rows: number): string | undefined {
  const parts: string[] = [];
  if (field.blank === rows && rows > 0) return 'blank in every sampled row';
  if (field.blank > 0) parts.push(`blank in ${plural(field.blank, 'row')}`);
  if (field.placeholders > 0) parts.push(`a placeholder in ${plural(field.placeholders, 'row')}`);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

function valueComment(value: ProposedValue): string {
  const rows = plural(value.count, 'row');
  const also = value.variants.length > 0 ? `; also written ${value.variants.map((v) => quoted(v, 30)).join(', ')}` : '';
  switch (value.match) {
    case 'code':
      return `${rows}: the standard's code${also}`;
    case 'label':
      return `${rows}: the code's label${also}`;
    case 'alias':
      return `${rows}: a common spelling of ${value.code}, check${also}`;
    case 'unknown': {
      const hint = value.candidates?.length
        ? value.candidates.length > 1
          ? `; could be ${value.candidates.join(' or ')}`
          : `; closest code: ${value.candidates[0]}`
        : '';
      return `unknown: map me (${rows}${hint})${also}`;
    }
  }
}

function dateLines(field: ProposedField): string[] {
  const date = field.date;
  if (!date) return [];
  const written = `dates written like ${quoted(date.example)}`;
  if (!date.pattern) {
    return [`${written}, in several forms: give a format if some are misread (${count(date.unreadable)} unreadable)`];
  }
  // Every day is 12 or less: the sample cannot tell 03/04 (March 4) from 03/04 (3 April).
  const twin = date.dayFirst
    ? [`every one of them also reads day first (${date.dayFirst}): if the file writes day first, give that format`]
    : [];
  if (date.readable) return [`${written} (${date.pattern}): read without a format`, ...twin];
  return [`${written} (${date.pattern}): the format below is needed to read them`, ...twin];
}

/** `3,269 cells` when the whole file was read, `3,269 sampled cells` otherwise. */
const cells = (count: number, proposal: MappingProposal) => plural(count, proposal.complete ? 'cell' : 'sampled cell');

function unreadableLines(field: ProposedField, proposal: MappingProposal): string[] {
  const unreadable = field.unreadable;
  if (!unreadable) return [];
  const examples = unreadable.examples.map((example) => quoted(example, 40)).join(', ');
  const hint = unreadable.yesNo ? ' (true_values and false_values can say what they mean)' : '';
  const lines = [`${cells(unreadable.count, proposal)} validate cannot read as ${field.field}: ${examples}${hint}`];
  // One value over and over (`99:99` in a time column) is usually a placeholder for "not recorded".
  const [only] = unreadable.examples;
  if (only !== undefined && unreadable.examples.length === 1 && unreadable.count >= 2 && !unreadable.yesNo) {
    lines.push(
      `if ${quoted(only, 40)} means "not recorded": ${field.field}: { column: ${yamlString(field.column)}, missing: [${yamlString(only)}] }`,
    );
  }
  return lines;
}

/** Groups of refused values shown at most (the largest). */
const MISFIT_GROUPS = 3;

function misfitLines(field: ProposedField, proposal: MappingProposal): string[] {
  const groups = field.misfit ?? [];
  const lines = groups.slice(0, MISFIT_GROUPS).map((group) => {
    const examples = group.examples.map((example) => quoted(example, 40)).join(', ');
    return `${cells(group.count, proposal)} will fail ${field.field}: ${group.reason} For example ${examples}`;
  });
  // A value in the wrong form often holds the right one inside it (`360382739: 20161671159`).
  if (groups.some((group) => group.code === 'value_format_mismatch')) {
    lines.push('if part of each cell is the value, a pattern can keep that part (see docs/mapping-files.md)');
  }
  return lines;
}

function fieldLines(field: ProposedField, proposal: MappingProposal, block: Block): void {
  const rows = proposal.sampleRows;
  for (const line of unreadableLines(field, proposal)) block.line(`  ${yamlComment(line)}`);
  for (const line of misfitLines(field, proposal)) block.line(`  ${yamlComment(line)}`);
  const usage = usageComment(field, rows);
  const comment = [reasonComment(field), usage].filter(Boolean).join('; ');
  for (const line of dateLines(field)) block.line(`  ${yamlComment(line)}`);
  const format = field.date && !field.date.readable ? field.date.pattern : undefined;
  const crosswalk = field.crosswalk;
  if (field.mostlyFailing) {
    // Mapped, the column would add an error to nearly every row: left for a person to decide.
    block.line(
      `  # ${field.field}: ${yamlString(field.column)}`,
      `${comment}; commented out: nearly every cell would fail`,
    );
    return;
  }
  if (!crosswalk && !format && !field.series) {
    block.line(`  ${field.field}: ${yamlString(field.column)}`, comment);
    return;
  }
  block.line(`  ${field.field}:`, comment);
  if (field.series) {
    // A numbered series read as one list: joined, then split again on the same separator; a `_raw`
    // field keeps the values as text, joined for people to read.
    if (field.reason === 'address_parts') block.line(`    columns: [${field.series.map(yamlString).join(', ')}]`);
    else {
      block.line(
        `    columns: [${field.series.map(yamlString).join(', ')}]`,
        `${field.series.length} numbered columns read as one list`,
      );
    }
    block.line(`    join: ${JSON.stringify(field.join ?? (crosswalk ? SERIES_SEPARATOR : '; '))}`);
  } else block.line(`    column: ${yamlString(field.column)}`);
  if (format) block.line(`    format: ${yamlString(format)}`);
  if (!crosswalk) return;
  if (crosswalk.separator)
    block.line(`    separator: ${JSON.stringify(crosswalk.separator)}`, 'cells hold several values');
  const distinct = crosswalk.values.length + crosswalk.omitted;
  if (distinct === 0) return;
  const unknown = crosswalk.values.filter((value) => value.match === 'unknown').length;
  const codes = `codes: policedata schemas ${proposal.type}`;
  const known = crosswalk.values.some((value) => value.code !== null && value.value.length <= MAX_KEY_CHARS);
  block.line(
    known ? '    values:' : '    values: {}',
    `${plural(distinct, 'distinct value')}${unknown > 0 ? `, ${count(unknown)} unknown (${codes})` : ''}`,
  );
  let tooLong = 0;
  for (const value of crosswalk.values) {
    if (value.value.length > MAX_KEY_CHARS) {
      tooLong += 1;
      continue;
    }
    if (value.code === null) {
      // Left commented out: until someone decides, the value stays reported as unmapped_code rather
      // than being read as "not recorded". Uncommenting it maps it to the closest code, if any.
      const guess = value.candidates?.length === 1 ? yamlString(value.candidates[0] as string) : '?';
      block.line(`      # ${yamlString(value.value)}: ${guess}`, valueComment(value));
      continue;
    }
    block.line(`      ${yamlString(value.value)}: ${yamlString(value.code)}`, valueComment(value));
  }
  if (tooLong > 0) block.line(`      ${yamlComment(`${plural(tooLong, 'value')} too long to be a key left out`)}`);
  if (crosswalk.omitted > 0) {
    block.line(`      ${yamlComment(`and ${plural(crosswalk.omitted, 'rarer value')}: is this column free text?`)}`);
  }
}

function missingLines(proposal: MappingProposal): string[] {
  if (proposal.missing.length === 0) return [];
  const seen = proposal.missing.map((entry) => `${quoted(entry.value)} (${plural(entry.count, 'cell')})`).join(', ');
  return [
    yamlComment(`Placeholders for "not recorded" seen in the sample: ${seen}.`),
    yamlComment('This list replaces the default one (NULL, N/A, #N/A, -, --, .).'),
    `missing: [${proposal.missing.map((entry) => yamlString(entry.value)).join(', ')}]`,
  ];
}

function flagsLines(proposal: MappingProposal): string[] {
  if (proposal.flags.length === 0) return [];
  const block = new Block();
  for (const proposed of proposal.flags) {
    const known = proposed.columns.filter((flag) => flag.code !== null).length;
    block.line(`  ${proposed.field}:`, `from ${plural(known, 'yes/no column')}, one per code: check`);
    block.line('    flags:');
    for (const flag of proposed.columns) {
      if (flag.column.length > MAX_KEY_CHARS) {
        const name = `a column name of ${count(flag.column.length)} characters`;
        block.line(`      # (${name}): ${flag.code ?? '?'}`, 'too long to be a key: rename the column');
        continue;
      }
      if (flag.code === null) {
        const maybe = flag.guesses?.length ? `; maybe ${flag.guesses.join(' or ')}` : '';
        block.line(`      # ${yamlString(flag.column)}: ?`, `unknown: map me (a code), or leave it out${maybe}`);
        continue;
      }
      const how =
        flag.match === 'alias' ? 'a common spelling of' : flag.match === 'label' ? 'the label of' : 'the code';
      const said = flag.text === flag.column ? 'the name' : quoted(flag.text ?? '', 40);
      block.line(`      ${yamlString(flag.column)}: ${yamlString(flag.code)}`, `${said} is ${how} ${flag.code}`);
    }
  }
  return [
    '',
    '  # Fields spread over yes/no columns, one per code: a row gets the code of every column that says',
    '  # yes (YES, Y, 1, TRUE, X); no, empty or a placeholder adds nothing.',
    ...block.render(),
  ];
}

function notFoundLines(proposal: MappingProposal): string[] {
  if (proposal.notFound.length === 0) return [];
  const block = new Block();
  for (const entry of proposal.notFound) block.line(`  # ${entry.field}:`, entry.level);
  return [
    '',
    '  # Required and recommended fields no column matched: map a column, or a constant such as',
    '  # `agency_name: { value: ... }`, or leave them out (policedata schemas <type> describes them).',
    ...block.render(),
  ];
}

function unmatchedLines(proposal: MappingProposal): string[] {
  const failing = proposal.fields.filter((field) => field.mostlyFailing);
  if (proposal.unmatched.length === 0 && failing.length === 0) return [];
  const block = new Block();
  for (const field of failing) {
    block.line(
      `  - ${yamlString(field.column)}`,
      `nearly every cell would fail ${field.field}: take it out of this list to map it`,
    );
  }
  for (const column of proposal.unmatched) {
    const shown = column.examples.map((example) => quoted(example, 40)).join(', ');
    const more = column.distinct > column.examples.length ? `, … (${plural(column.distinct, 'distinct value')})` : '';
    const description = column.examples.length === 0 ? 'blank in every sampled row' : `${shown}${more}`;
    block.line(`#   - ${yamlString(column.column)}`, description);
  }
  return [
    '',
    ...(failing.length > 0
      ? [
          yamlComment('Matched columns nearly every cell of which would fail their field (see the comments above) are'),
          yamlComment('left out: listed under `ignore`, validate does not map them by their name.'),
        ]
      : []),
    ...(proposal.unmatched.length > 0
      ? [
          yamlComment(
            'Columns no field matched: map them under fields, or uncomment their line to mark them as left out',
          ),
          yamlComment('on purpose (validate then stops reporting them; normalize keeps them as raw_ columns).'),
        ]
      : []),
    failing.length > 0 ? 'ignore:' : '# ignore:',
    ...block.render(),
  ];
}

/** The proposal as the text of a mapping file (YAML), which parseMapping reads without error. */
export function writeMappingYaml(proposal: MappingProposal): string {
  const lines: string[] = [...header(proposal), 'policedata_mapping: 1'];
  lines.push(...new Block().line(`type: ${proposal.type}`, typeComment(proposal)).render());
  const base = proposal.fileName?.split(/[\\/]/).pop();
  if (base) lines.push(`source: ${yamlString(base)}`);
  if (proposal.delimiter !== undefined) {
    lines.push(`delimiter: ${proposal.delimiter === '\t' ? 'tab' : yamlString(proposal.delimiter)}`);
  }
  lines.push(...missingLines(proposal));
  lines.push('', 'fields:');
  // Only comments under `fields:` would leave it empty (null), which a mapping file may not be.
  if (proposal.fields.every((field) => field.mostlyFailing) && proposal.flags.length === 0) lines.push('  {}');
  const block = new Block();
  for (const field of proposal.fields) fieldLines(field, proposal, block);
  lines.push(...block.render());
  lines.push(...flagsLines(proposal));
  lines.push(...notFoundLines(proposal));
  lines.push(...unmatchedLines(proposal));
  return `${lines.join('\n')}\n`;
}
