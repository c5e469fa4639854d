// The scorecard as one tidy CSV table (long format): one row per dataset and standard field, with
// the dataset's level, score, rows and period repeated on each row, so a spreadsheet or a data
// frame can pivot it either way (agencies x fields, agencies x dataset types). Every text cell is
// defended against formula injection, as `normalize` does.
import { csvCell, defendFormula } from '../normalize/csv-cell.js';
import type { Scorecard } from './scorecard.js';

export const SCORECARD_CSV_COLUMNS = [
  'source_id',
  'label',
  'agency',
  'dataset_type',
  'release',
  'level',
  'score',
  'rows',
  'coverage_start',
  'coverage_end',
  'field',
  'field_level',
  'focus',
  'status',
  'completeness',
  'valid',
  'empty',
  'placeholder',
  'invalid',
  'not_crosswalked_rows',
  'not_crosswalked_values',
] as const;

const textCell = (value: string) => csvCell(defendFormula(value));

export function renderScorecardCsv(card: Scorecard): string {
  const lines = [SCORECARD_CSV_COLUMNS.join(',')];
  for (const source of card.sources) {
    const type = card.dataset_types.find((entry) => entry.dataset_type === source.dataset_type);
    const order = new Map((type?.fields ?? []).map((name, index) => [name, index]));
    const fields = [...source.fields].sort(
      (a, b) => (order.get(a.name) ?? Number.MAX_SAFE_INTEGER) - (order.get(b.name) ?? Number.MAX_SAFE_INTEGER),
    );
    for (const field of fields) {
      lines.push(
        [
          textCell(source.id),
          textCell(source.label),
          textCell(source.agency),
          textCell(source.dataset_type),
          textCell(source.release ?? ''),
          source.level,
          source.score.toFixed(1),
          String(source.rows),
          source.coverage?.start ?? '',
          source.coverage?.end ?? '',
          field.name,
          field.level,
          field.focus ?? '',
          field.status,
          field.status === 'published' ? field.completeness.toFixed(4) : '',
          String(field.valid),
          String(field.empty),
          String(field.placeholder),
          String(field.invalid),
          field.not_crosswalked ? String(field.not_crosswalked.rows) : '',
          textCell((field.not_crosswalked?.values ?? []).join('; ')),
        ].join(','),
      );
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
