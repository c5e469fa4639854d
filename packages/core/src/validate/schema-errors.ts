// Translates ajv's errors for one row into the catalogue's findings: one finding per field or rule,
// with the words the people fixing the file understand.
import type { SchemaDocument } from '@policedata/schemas';
import type { ErrorObject } from 'ajv';
import type { FindingParams } from '../findings/definition.js';

export interface RowFinding {
  code: string;
  field?: string;
  params: FindingParams;
}

interface RuleInfo {
  id: string;
  description: string;
}

/** Reads the rule annotations once per schema; ajv reports rules by `#/allOf/<n>/...`. */
export function rulesOf(schema: SchemaDocument): RuleInfo[] {
  const rules = (schema.allOf ?? []) as Array<{ 'x-policedata-rule'?: RuleInfo }>;
  return rules.map((rule, index) => rule['x-policedata-rule'] ?? { id: `rule_${index}`, description: '' });
}

const RANGE_WORDS: Record<string, string> = {
  minimum: 'at least',
  maximum: 'at most',
  exclusiveMinimum: 'more than',
  exclusiveMaximum: 'less than',
};

function describeRange(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword in RANGE_WORDS) return `${RANGE_WORDS[error.keyword]} ${params.limit}`;
  if (error.keyword === 'minLength') return `at least ${params.limit} characters long`;
  if (error.keyword === 'maxLength') return `at most ${params.limit} characters long`;
  if (error.keyword === 'minItems') return `a list of at least ${params.limit} values`;
  if (error.keyword === 'maxItems') return `a list of at most ${params.limit} values`;
  return 'a list without repeated values';
}

const RANGE_KEYWORDS = new Set([
  ...Object.keys(RANGE_WORDS),
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'uniqueItems',
]);

export function translateErrors(errors: readonly ErrorObject[], rules: readonly RuleInfo[]): RowFinding[] {
  const findings: RowFinding[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    const rule = /^#\/allOf\/(\d+)\//.exec(error.schemaPath);
    const params = error.params as Record<string, unknown>;
    const field = (params.missingProperty as string | undefined) ?? error.instancePath.split('/')[1];
    if (rule) {
      const info = rules[Number(rule[1])];
      const key = `rule:${rule[1]}`;
      if (!info || seen.has(key)) continue;
      seen.add(key);
      findings.push({
        code: 'rule_violation',
        ...(field ? { field } : {}),
        params: { rule: info.id, description: info.description },
      });
      continue;
    }
    const key = `field:${field}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const at = field ? { field } : {};
    if (error.keyword === 'required')
      findings.push({ code: 'required_value_missing', ...at, params: { field: field ?? '' } });
    else if (RANGE_KEYWORDS.has(error.keyword))
      findings.push({ code: 'value_out_of_range', ...at, params: { limit: describeRange(error) } });
    else if (error.keyword === 'pattern')
      findings.push({
        code: 'value_format_mismatch',
        ...at,
        params: { expected: describePattern(String(params.pattern)) },
      });
    else if (error.keyword === 'format')
      findings.push({ code: 'value_format_mismatch', ...at, params: { expected: `a ${params.format}` } });
    else if (error.keyword === 'enum' || error.keyword === 'const') {
      const allowed = (params.allowedValues as unknown[] | undefined) ?? [params.allowedValue];
      findings.push({ code: 'value_not_allowed', ...at, params: { allowed: allowed.map(String).join(', ') } });
    } else
      findings.push({
        code: 'schema_violation',
        ...at,
        params: { detail: `${error.instancePath || 'row'} ${error.message ?? error.keyword}` },
      });
  }
  return findings;
}

/** The standard's patterns in words, for people who do not read regular expressions. */
const PATTERN_WORDS: Record<string, string> = {
  '^\\S+$': 'one word, without spaces (an identifier)',
  '^\\S(.*\\S)?$': 'text without spaces at its start or end',
  '^[A-Z]{2}[A-Z0-9]{7}$': 'an ORI: 2 capital letters then 7 capital letters or digits (TX0570000)',
  '^[0-9]{5}(-[0-9]{4})?$': 'a ZIP code: 5 digits, or ZIP+4 (46204-1234)',
  '^([0-9]{1,3}-[0-9]{1,3}|[0-9]{1,3}\\+)$': 'an age range such as 18-24 or 65+',
  '^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$': 'a time of day, HH:MM or HH:MM:SS (24-hour)',
  '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?$':
    'a date and time, YYYY-MM-DDTHH:MM:SS with an optional offset (2019-06-14T21:05:00Z)',
};

export function describePattern(pattern: string): string {
  return PATTERN_WORDS[pattern] ?? `text of the form ${pattern}`;
}
