// Findings from validating a row, after coercion, against its dataset type's JSON Schema.
import { defineFinding } from './definition.js';

export const requiredValueMissing = defineFinding<{ field: string }>({
  code: 'required_value_missing',
  severity: 'error',
  category: 'schema',
  title: 'A required field is empty in a row',
  description: 'The file has the field, but this row leaves it empty (or holds a placeholder such as NULL).',
  fix: 'Fill the field in every row. If the value was genuinely not recorded, the code list may have an `unknown` or `unspecified` code for it.',
  message: ({ field }) => `Required field ${field} has no value.`,
});

export const valueOutOfRange = defineFinding<{ limit: string }>({
  code: 'value_out_of_range',
  severity: 'error',
  category: 'schema',
  title: 'A value outside the allowed range',
  description:
    'The value is a number or text of the right kind, but outside what the standard allows (an age of 140, a latitude of 95, an empty list).',
  fix: 'Correct the value at the source, or publish it as empty if it is not known.',
  message: ({ limit }) => `Must be ${limit}.`,
});

export const valueFormatMismatch = defineFinding<{ expected: string }>({
  code: 'value_format_mismatch',
  severity: 'error',
  category: 'schema',
  title: 'A value in the wrong form',
  description:
    'The value does not have the form the standard requires, such as a nine-character FBI ORI or a five-digit ZIP code.',
  fix: 'Correct the value to the form shown in the reference page for the field.',
  message: ({ expected }) => `Expected ${expected}.`,
});

export const valueNotAllowed = defineFinding<{ allowed: string }>({
  code: 'value_not_allowed',
  severity: 'error',
  category: 'schema',
  title: 'A value that is not one of the allowed values',
  description: 'The field takes one of a fixed set of values and this is not one of them.',
  fix: 'Use one of the allowed values, or crosswalk the source value in the mapping file.',
  message: ({ allowed }) => `Allowed values: ${allowed}.`,
});

export const ruleViolation = defineFinding<{ rule: string; description: string }>({
  code: 'rule_violation',
  severity: 'error',
  category: 'schema',
  title: 'Fields of a row contradict each other',
  description:
    "A cross-field rule of the standard does not hold in this row, for example a search basis given when no search was conducted, or an outcome of arrest without arrest_made. Each rule is listed in the dataset type's reference page.",
  fix: 'Correct whichever of the fields is wrong at the source; the message names the rule.',
  message: ({ rule, description }) => `${rule}: ${description}`,
});

export const schemaViolation = defineFinding<{ detail: string }>({
  code: 'schema_violation',
  severity: 'error',
  category: 'schema',
  title: 'A value the schema does not accept',
  description: 'The row does not match the schema in a way none of the more specific findings describes.',
  fix: "Check the field against its reference page; the message gives the schema's reason.",
  message: ({ detail }) => detail,
});

export const schemaFindings = [
  requiredValueMissing,
  valueOutOfRange,
  valueFormatMismatch,
  valueNotAllowed,
  ruleViolation,
  schemaViolation,
];
