// Findings about the dataset as a whole: keys, duplicates, the dates it covers, completeness.
import { defineFinding } from './definition.js';
import { inSpreadsheet } from './row-numbers.js';

export const duplicateKey = defineFinding<{ keys: string; firstLine: number; firstRow?: number }>({
  code: 'duplicate_key',
  perRow: true,
  severity: 'error',
  category: 'dataset',
  title: 'Two rows have the same key',
  description:
    "The fields that identify a row (the dataset type's keys) repeat, so rows cannot be told apart or joined reliably. Often the file's grain differs from the standard's (one row per officer where the standard expects one per incident).",
  fix: "Check the file's grain against the reference page; add the missing key field (such as an officer or allegation identifier) or remove duplicated rows.",
  message: ({ keys, firstLine, firstRow }) =>
    `Key ${keys} already appears on line ${firstLine}${inSpreadsheet(firstRow)}.`,
});

export const duplicateRow = defineFinding<{ firstLine: number; firstRow?: number }>({
  code: 'duplicate_row',
  perRow: true,
  severity: 'warning',
  category: 'dataset',
  title: 'A row repeats another row exactly',
  description:
    'Every cell of the row equals an earlier row. Exact repeats usually come from a faulty export or a join.',
  fix: 'Remove the repeated rows, or add the field that tells them apart.',
  message: ({ firstLine, firstRow }) => `Same as line ${firstLine}${inSpreadsheet(firstRow)}.`,
});

export const futureDate = defineFinding<{ asOf: string }>({
  code: 'future_date',
  perRow: true,
  severity: 'error',
  category: 'dataset',
  title: 'A date in the future',
  description:
    'The date is after the day the file was validated (or its as-of date), which cannot be right for an event that has happened.',
  fix: 'Correct the date at the source; look for swapped day and month or a mistyped year.',
  message: ({ asOf }) => `After ${asOf}.`,
});

export const dateBefore1970 = defineFinding<Record<string, never>>({
  code: 'date_before_1970',
  perRow: true,
  severity: 'warning',
  category: 'dataset',
  title: 'A date before 1970',
  description:
    'The date is before 1970. Few police open datasets reach back that far; such dates are often placeholders (1900-01-01) or mistyped years.',
  fix: 'Check the date; publish unknown dates as empty cells rather than placeholders.',
  message: () => 'Before 1970-01-01.',
});

export const fieldMostlyEmpty = defineFinding<{ field: string; percent: number; unreadable: boolean }>({
  code: 'field_mostly_empty',
  severity: 'warning',
  category: 'dataset',
  title: 'A required or recommended field is mostly unusable',
  description:
    'The file has the field, but fewer than half of its rows give a usable value: the cells are empty or placeholders, or hold values that could not be read (codes without a crosswalk, malformed dates).',
  fix: 'When the values could not be read, add them to the crosswalk (or give the format) in the mapping file; when they are empty, fill the field where it is recorded and check the export did not drop it.',
  message: ({ field, percent, unreadable }) =>
    `${field} has a usable value in only ${percent}% of rows; ${
      unreadable ? 'most of its values could not be read (see the value findings)' : 'most of its cells are empty'
    }.`,
});

export const datasetFindings = [duplicateKey, duplicateRow, futureDate, dateBefore1970, fieldMostlyEmpty];
