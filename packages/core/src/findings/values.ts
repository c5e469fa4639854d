// Findings about single cells that do not turn into a value of their field.
import { defineFinding } from './definition.js';

export const invalidDate = defineFinding<{ format?: string; dayFirst?: string }>({
  code: 'invalid_date',
  severity: 'error',
  category: 'value',
  title: 'A date that could not be read',
  description:
    'The cell is not a date in any form the validator knows (ISO `2019-06-14`, US `6/14/2019`, `2019/06/14 00:00:00+00`, Excel serial numbers, month names), or it names a day that does not exist.',
  fix: 'Publish dates as YYYY-MM-DD. If the column uses another consistent format, give it in the mapping file (`format: "DD/MM/YYYY"`).',
  message: ({ format, dayFirst }) =>
    format
      ? `Not a date in the format ${format}.`
      : dayFirst
        ? `Not a date if the month comes first, but a date if the day does (${dayFirst}). If the whole column is written day first, its other dates are being read the wrong way round: give this column \`format: "${dayFirst}"\` in a mapping file (policedata map writes one).`
        : 'Not a date.',
});

export const dateOrderAmbiguous = defineFinding<{ example: string; dayFirst: string }>({
  code: 'date_order_ambiguous',
  severity: 'warning',
  category: 'value',
  title: 'Every date in a column also reads day first',
  description:
    'The column writes dates month first with slashes or dashes, and no number in the day or month place is above 12, so every date also reads with the day first (`03/04/2019`: March 4 or 3 April). The validator reads them month first, as US files write them; if the file writes the day first, every date is read wrongly and nothing else shows it.',
  fix: 'Check how the source system writes dates. If the day comes first, give the column that format in the mapping file (`format: "DD/MM/YYYY"`); if the month comes first, nothing to do.',
  message: ({ example, dayFirst }) =>
    dayFirst.includes(', ')
      ? `Every date also reads day first (${example}); read month first. If the file writes the day first, its dates are in several forms (day first: ${dayFirst}) and a mapping gives one format per column: publish them in one form.`
      : `Every date also reads day first (${example}); read month first. If the file writes the day first, give this column \`format: "${dayFirst}"\` in a mapping file.`,
});

export const invalidTime = defineFinding<{ format?: string }>({
  code: 'invalid_time',
  severity: 'error',
  category: 'value',
  title: 'A time that could not be read',
  description:
    'The cell is not a clock time (`21:48`, `9:48 PM`, `2148`, `21:48:00:000`) or names a time that does not exist.',
  fix: 'Publish times as 24-hour HH:MM. Give a consistent other format in the mapping file.',
  message: ({ format }) => (format ? `Not a time in the format ${format}.` : 'Not a time.'),
});

export const invalidDatetime = defineFinding<{ format?: string }>({
  code: 'invalid_datetime',
  severity: 'error',
  category: 'value',
  title: 'A date and time that could not be read',
  description: 'The cell is not a date with a time of day in any known form.',
  fix: 'Publish date-times as YYYY-MM-DDTHH:MM:SS. Give a consistent other format in the mapping file.',
  message: ({ format }) => (format ? `Not a date and time in the format ${format}.` : 'Not a date and time.'),
});

export const invalidNumber = defineFinding<{ expected: string }>({
  code: 'invalid_number',
  severity: 'error',
  category: 'value',
  title: 'A number that could not be read',
  description: 'The field holds a number, but the cell is not one (for example `ADULT` in an age column).',
  fix: 'Publish plain numbers. Write values that mean "not recorded" as empty cells, or list them under `missing:` in the mapping file.',
  message: ({ expected }) => `Expected ${expected}.`,
});

export const invalidBoolean = defineFinding<Record<string, never>>({
  code: 'invalid_boolean',
  severity: 'error',
  category: 'value',
  title: 'A yes/no value that could not be read',
  description: 'The field is yes or no, but the cell is not one of Yes/No, Y/N, True/False, T/F or 1/0.',
  fix: 'Publish yes/no fields as true/false, or list the words your file uses under `true_values:` / `false_values:` in the mapping file.',
  message: () => 'Not a yes/no value.',
});

export const invalidAgeRange = defineFinding<Record<string, never>>({
  code: 'invalid_age_range',
  severity: 'error',
  category: 'value',
  title: 'An age range that could not be read',
  description: 'The cell is not an age range such as `18-24`, `18 TO 24`, `65+` or `56 and Above`.',
  fix: 'Publish age ranges as LO-HI or LO+; write "not recorded" as an empty cell.',
  message: () => 'Not an age range.',
});

export const unmappedCode = defineFinding<{ list: string; suggestion?: string }>({
  code: 'unmapped_code',
  severity: 'error',
  category: 'value',
  title: 'A value that is not in the code list',
  description:
    "The field takes a code from one of the standard's code lists, and the cell is neither a code nor its label, nor in the mapping file's crosswalk. Codes cannot be guessed safely: the same letter means different things in different cities.",
  fix: 'Add the value to the field\'s crosswalk in the mapping file (`values: { "W": white }`), or map it to null if it means "not recorded".',
  message: ({ list, suggestion }) =>
    `Not in the code list "${list}".${suggestion ? ` If it means "${suggestion}", add it to the crosswalk.` : ''}`,
});

export const missingValueSentinel = defineFinding<{ sentinel: string }>({
  code: 'missing_value_sentinel',
  severity: 'info',
  category: 'value',
  title: 'A placeholder was read as "not recorded"',
  description:
    'The cell holds a placeholder such as NULL, N/A, - or ., which was counted as a missing value. Placeholders make files harder to use than empty cells. (Values a mapping file itself reads as "not recorded", through a crosswalk to null or a column\'s own `missing` list, are not reported.)',
  fix: 'Publish missing values as empty cells. If the placeholder is a real value in this file, set `missing:` in the mapping file to the placeholders it does use.',
  message: ({ sentinel }) => `"${sentinel}" was read as "not recorded".`,
});

export const patternMismatch = defineFinding<{ pattern: string }>({
  code: 'pattern_mismatch',
  severity: 'error',
  category: 'value',
  title: 'A cell does not have the form the mapping expects',
  description:
    "The mapping file takes part of this column's cells with a pattern (for example the incident number inside a case number), and this cell does not match it.",
  fix: 'Check the cell at the source, or widen the pattern in the mapping file.',
  message: ({ pattern }) => `Does not match the pattern ${pattern}.`,
});

export const valueFindings = [
  dateOrderAmbiguous,
  patternMismatch,
  invalidDate,
  invalidTime,
  invalidDatetime,
  invalidNumber,
  invalidBoolean,
  invalidAgeRange,
  unmappedCode,
  missingValueSentinel,
];
