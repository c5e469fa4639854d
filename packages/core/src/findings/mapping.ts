// Findings about how a file's columns map onto the standard.

import { limitHint } from '../limits.js';
import { defineFinding } from './definition.js';

export const datasetTypeUncertain = defineFinding<{ type: string; confidence: number; runnerUp: string }>({
  code: 'dataset_type_uncertain',
  severity: 'warning',
  category: 'mapping',
  title: 'The dataset type was guessed with low confidence',
  description:
    'The dataset type was detected from the column names, but another type matched almost as well. The results depend on the type being right.',
  fix: 'State the type: `type:` in the mapping file, or --type on the command line.',
  message: ({ type, confidence, runnerUp }) =>
    `Detected as ${type} with confidence ${Math.round(confidence * 100)}% (next: ${runnerUp}).`,
});

export const datasetTypeMismatch = defineFinding<{ type: string; detected: string; confidence: number }>({
  code: 'dataset_type_mismatch',
  severity: 'warning',
  category: 'mapping',
  title: 'The columns look like another dataset type',
  description:
    "The file was checked as the dataset type it was given (with --type, a config dataset's type, or the web page's selector), but its column names match another type much better. Every field of the wrong type is then reported missing.",
  fix: 'Check the dataset type given: leave it out to let the type be detected, or give the type the columns describe.',
  message: ({ type, detected, confidence }) =>
    `Checked as ${type}, as asked, but the columns look like ${detected} (${Math.round(confidence * 100)}% confidence).`,
});

export const requiredFieldMissing = defineFinding<{ field: string }>({
  code: 'required_field_missing',
  severity: 'error',
  category: 'mapping',
  title: 'A required field is not in the file',
  description:
    'No column of the file maps to a field the standard requires for this dataset type, so the dataset cannot be used for the comparisons the standard exists for.',
  fix: 'Publish the field, or if a column already holds it under another name, map it in the mapping file (`fields: { <field>: <column> }`).',
  message: ({ field }) => `Required field ${field} is not in the file.`,
});

export const recommendedFieldMissing = defineFinding<{ field: string }>({
  code: 'recommended_field_missing',
  severity: 'warning',
  category: 'mapping',
  title: 'A recommended field is not in the file',
  description:
    'No column maps to a field the standard recommends; it is needed for the comparisons the Police Data Initiative cares about. A `_raw` field keeps the value as published beside its coded twin (`subject_race_raw` beside `subject_race`): it is read from the same column by itself when the twin comes from one column, and is not reported when the twin is missing too.',
  fix: 'Publish the field if you record it, or map the column that holds it in the mapping file. A `_raw` field whose twin is built from several columns (yes/no flags) can be mapped to a column that holds the value as published, if the file has one.',
  message: ({ field }) => `Recommended field ${field} is not in the file.`,
});

export const unmappedColumn = defineFinding<{ header: string }>({
  code: 'unmapped_column',
  severity: 'info',
  category: 'mapping',
  title: 'A column does not map to any field',
  description:
    'A column of the file matches no field of the standard. It is kept (as `raw_<name>` when normalised) but not validated. It may be a field under an unfamiliar name.',
  fix: 'If it holds a standard field, map it in the mapping file; if it is deliberately extra, list it under `ignore:`.',
  message: ({ header }) => `Column "${header}" does not map to any field of the standard.`,
});

export const fuzzyHeaderMatch = defineFinding<{ header: string; field: string }>({
  code: 'fuzzy_header_match',
  severity: 'info',
  category: 'mapping',
  title: 'A column was matched by a close spelling',
  description:
    'A column name is close to, but not exactly, a known name of a field, so it was matched by similarity. Check the match is right.',
  fix: 'Confirm the match by writing it in the mapping file (`fields: { <field>: <column> }`).',
  message: ({ header, field }) => `Column "${header}" was matched to ${field} by a close spelling.`,
});

export const mappingColumnNotFound = defineFinding<{ field: string; column: string; suggestion?: string }>({
  code: 'mapping_column_not_found',
  severity: 'error',
  category: 'mapping',
  title: 'The mapping file names a column the file does not have',
  description:
    'The mapping file maps a field to a column that is not in this file, so the field is treated as absent. Column names often change between releases.',
  fix: 'Correct the column name in the mapping file, or write a mapping for this release.',
  message: ({ field, column, suggestion }) =>
    `Field ${field} is mapped to column "${column}", which is not in the file.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
});

export const datasetTypeUnknown = defineFinding<Record<string, never>>({
  code: 'dataset_type_unknown',
  severity: 'error',
  category: 'mapping',
  title: 'The dataset type could not be detected',
  description:
    'None of the column names matches a field of any dataset type, so the file could not be checked against the standard.',
  fix: 'State the type (`type:` in a mapping file, or --type on the command line) and map the columns in a mapping file.',
  message: () => 'No column matches a field of any dataset type.',
});

export const trackingLimit = defineFinding<{ limit: number }>({
  code: 'duplicate_check_limit',
  severity: 'info',
  category: 'mapping',
  title: 'Duplicate checks stopped at the memory limit',
  description:
    'Keys and rows are remembered in bounded memory for the duplicate checks. Past the limit, later repeats of rows not yet remembered are not detected.',
  fix: `If the machine has memory to spare (12 bytes per key), raise the limit: ${limitHint('maxTrackedKeys')}.`,
  message: ({ limit }) => `Duplicate checks covered the first ${limit} distinct keys and rows.`,
});

export const mappingNotForFile = defineFinding<{ missing: number; named: number; type: string; detected?: string }>({
  code: 'mapping_not_for_file',
  severity: 'error',
  category: 'mapping',
  title: 'The mapping file seems written for another file',
  description:
    'Most of the columns the mapping file names are not in this file, so most fields are reported missing. The mapping was probably written for another source, another dataset type or an older release of this one.',
  fix: 'Check that you gave the mapping file written for this file. If this release renamed its columns, update the mapping (`policedata map` proposes one to start from).',
  message: ({ missing, named, type, detected }) =>
    `${missing} of the ${named} columns the mapping names are not in the file.${detected ? ` The mapping is for ${type}, but the columns look like ${detected}.` : ''}`,
});

export const mappingFindings = [
  mappingNotForFile,
  datasetTypeUnknown,
  datasetTypeUncertain,
  datasetTypeMismatch,
  requiredFieldMissing,
  recommendedFieldMissing,
  unmappedColumn,
  fuzzyHeaderMatch,
  mappingColumnNotFound,
  trackingLimit,
];
