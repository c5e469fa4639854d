// The columns of a normalized file: the standard's fields the file has (or all of them), in the
// schema's order, then a `raw_<column>` for every source column kept as published: each column no
// field reads (nothing is silently dropped), and each column whose value could fail to be read as
// its field, filled only in rows where it did (the field is then written empty).
import type { FieldInfo } from '@policedata/schemas';
import { normaliseName } from '../mapping/header-match.js';
import type { MappingFile } from '../mapping/mapping-file.js';
import type { Plan, SourcePlan } from '../mapping/plan.js';

export interface FieldColumn {
  kind: 'field';
  name: string;
  field: FieldInfo;
}

export interface RawColumn {
  kind: 'raw';
  name: string;
  /** The source column (index into the engine's header). */
  column: number;
  /** Fields read from the column: it is written only in rows where one of them failed. Absent: always. */
  onFailureOf?: string[];
}

export type OutputColumn = FieldColumn | RawColumn;

export interface LayoutOptions {
  /** Every field of the type, not only those the file has (a fixed header across files). */
  allFields?: boolean;
  mapping?: MappingFile;
}

const TEXT_DEFINITION = /#\/\$defs\/(?:date|datetime|date_of_birth|time|age_range)$/;

/** Whether reading a cell as this field can fail; free text cannot, unless the mapping keeps part of it. */
function canFail(source: SourcePlan, mapping: MappingFile | undefined): boolean {
  const field = source.field;
  const given = mapping?.fields[field.name];
  if (typeof given === 'object' && given !== null && 'pattern' in given && given.pattern) return true;
  const type = field.type === 'array' ? field.itemType : field.type;
  return (
    type !== 'string' ||
    field.codeList !== undefined ||
    field.enum !== undefined ||
    field.format !== undefined ||
    TEXT_DEFINITION.test(field.definition ?? '')
  );
}

/** A `<field>_raw` twin reading the same column keeps the published value already. */
function hasRawTwin(source: SourcePlan, plan: Plan): boolean {
  const twin = plan.sources.find((other) => other.field.name === `${source.field.name}_raw`);
  return twin !== undefined && twin.columns.join() === source.columns.join();
}

export function normalizedLayout(plan: Plan, header: readonly string[], options: LayoutOptions = {}): OutputColumn[] {
  const present = new Set(plan.sources.map((source) => source.field.name));
  const fields = options.allFields ? plan.fields : plan.fields.filter((field) => present.has(field.name));
  const taken = new Set(fields.map((field) => field.name));
  const columns: OutputColumn[] = fields.map((field) => ({ kind: 'field', name: field.name, field }));

  const failures = new Map<number, string[]>();
  for (const source of plan.sources) {
    if (source.origin === 'constant' || source.origin === 'raw_of') continue;
    if (!canFail(source, options.mapping) || hasRawTwin(source, plan)) continue;
    for (const column of source.columns) failures.set(column, [...(failures.get(column) ?? []), source.field.name]);
  }
  const unmapped = new Set(plan.unmapped.map((entry) => entry.column));
  const rawName = (column: number) => {
    const name = normaliseName(header[column] ?? '') || `column_${column + 1}`;
    // A column already kept as published by an earlier normalize (`raw_notes`) keeps its name.
    const base = name.startsWith('raw_') ? name : `raw_${name}`;
    let unique = base;
    for (let k = 2; taken.has(unique); k++) unique = `${base}_${k}`;
    taken.add(unique);
    return unique;
  };
  for (let column = 0; column < header.length; column++) {
    if (unmapped.has(column)) columns.push({ kind: 'raw', name: rawName(column), column });
    else {
      const onFailureOf = failures.get(column);
      if (onFailureOf) columns.push({ kind: 'raw', name: rawName(column), column, onFailureOf });
    }
  }
  return columns;
}
