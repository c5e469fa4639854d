// Resolves where every standard field's value comes from in one file: the mapping file's
// instructions first, then automatic header matching for the fields it leaves out. The plan is built
// once per file; reading a row through it is a few array lookups per field.
import { type FieldInfo, registry } from '@policedata/schemas';
import { CoerceFailure, type CoercerOptions, createCoercer, type FieldCoercer } from '../coerce/field-coercer.js';
import { parseBoolean } from '../coerce/scalars.js';
import { type ColumnMatch, indexFields, type MatchReason, matchHeaders, normaliseName } from './header-match.js';
import type { MappingFile, ValueOptions } from './mapping-file.js';
import { closest } from './suggest.js';

type Reader = (cells: readonly unknown[]) => unknown;

/** Keeps the part of a cell a pattern's first group matches; a cell it does not match is a failure. */
function withPattern(read: Reader, pattern: string | undefined): Reader {
  if (!pattern) return read;
  const regex = new RegExp(pattern);
  return (cells) => {
    const cell = read(cells);
    if (cell === null || cell === undefined || cell === '') return cell;
    const text = String(cell);
    const match = regex.exec(text);
    return match ? (match[1] ?? '') : new CoerceFailure('pattern_mismatch', text, { pattern });
  };
}

/** Values treated as "not recorded" when a mapping file does not list its own. */
export const DEFAULT_MISSING_VALUES = ['NULL', 'N/A', '#N/A', '-', '--', '.'];

export type SourceOrigin = MatchReason | 'raw_of' | 'constant';

export interface SourcePlan {
  field: FieldInfo;
  origin: SourceOrigin;
  /** Source column indexes read by this field (none for constants). */
  columns: number[];
  /** The raw value of this field in a row, before coercion. */
  read(cells: readonly unknown[]): unknown;
  /** Set when `read` is simply the cell of this column (no pattern, join or parts). */
  column?: number;
  coercer: FieldCoercer;
}

export interface UnmappedColumn {
  column: number;
  header: string;
  /** Listed under `ignore` in the mapping file. */
  acknowledged: boolean;
}

export interface MissingColumn {
  field: string;
  column: string;
  suggestion?: string;
}

export interface Plan {
  type: string;
  fields: FieldInfo[];
  sources: SourcePlan[];
  unmapped: UnmappedColumn[];
  /** Columns the mapping file names that the file does not have. */
  notFound: MissingColumn[];
  /** Columns the mapping file names (each time it names one), found or not. */
  namedColumns: number;
  matches: ColumnMatch[];
  /** Columns that only number rows, left out of the duplicate-row check. */
  rowIdColumns: number[];
}

function columnFinder(header: readonly string[]) {
  const exact = new Map<string, number>();
  const loose = new Map<string, number>();
  header.forEach((name, index) => {
    if (!exact.has(name)) exact.set(name, index);
    const key = normaliseName(name);
    if (!loose.has(key)) loose.set(key, index);
  });
  return (name: string): number | undefined => exact.get(name) ?? loose.get(normaliseName(name));
}

const pad2 = (text: string) => (/^\d$/.test(text) ? `0${text}` : text);

export function buildPlan(header: readonly string[], type: string, mapping?: MappingFile): Plan {
  const fields = registry.listFields(type);
  const byName = new Map(fields.map((field) => [field.name, field]));
  const find = columnFinder(header);
  const sources: SourcePlan[] = [];
  const notFound: MissingColumn[] = [];
  const used = new Set<number>();
  const missing = mapping?.missing ?? DEFAULT_MISSING_VALUES;

  const options = (source: ValueOptions, field: FieldInfo): CoercerOptions => {
    const opts: CoercerOptions = { missing };
    if (source.missing) opts.columnMissing = source.missing;
    if (source.values) opts.values = source.values;
    if (source.separator) opts.separator = source.separator;
    if (source.part) opts.part = source.part;
    if (source.true_values) opts.trueValues = source.true_values;
    if (source.false_values) opts.falseValues = source.false_values;
    if (source.format) opts.format = source.format;
    const isDate = field.format === 'date' || /#\/\$defs\/(date|datetime|date_of_birth)$/.test(field.definition ?? '');
    if (!opts.format && isDate && mapping?.date_format && opts.part !== 'time') opts.format = mapping.date_format;
    return opts;
  };

  let namedColumns = 0;
  const locate = (field: string, column: string): number | undefined => {
    namedColumns += 1;
    const index = find(column);
    if (index === undefined) {
      const suggestion = closest(column, header);
      notFound.push({ field, column, ...(suggestion ? { suggestion } : {}) });
    } else used.add(index);
    return index;
  };

  const isMissing = (cell: unknown, extra: readonly string[] = []): boolean => {
    if (cell === null || cell === undefined) return true;
    const text = String(cell).trim().toLowerCase();
    return text === '' || missing.some((m) => m.toLowerCase() === text) || extra.some((m) => m.toLowerCase() === text);
  };

  for (const [name, source] of Object.entries(mapping?.fields ?? {})) {
    const field = byName.get(name);
    if (!field) continue; // parseMapping already rejected unknown fields
    if (typeof source === 'string' || 'column' in source) {
      const column = typeof source === 'string' ? source : source.column;
      const index = locate(name, column);
      if (index === undefined) continue;
      const opts = typeof source === 'string' ? options({}, field) : options(source, field);
      const pattern = typeof source === 'string' ? undefined : source.pattern;
      const read = withPattern((cells) => cells[index], pattern);
      sources.push({
        field,
        origin: 'mapping',
        columns: [index],
        read,
        ...(pattern ? {} : { column: index }),
        coercer: createCoercer(field, opts),
      });
    } else if ('value' in source) {
      const value = source.value;
      sources.push({
        field,
        origin: 'constant',
        columns: [],
        read: () => value,
        coercer: createCoercer(field, { missing: [] }),
      });
    } else if ('columns' in source) {
      const indexes = source.columns.map((column) => locate(name, column));
      if (indexes.some((index) => index === undefined)) continue;
      const join = source.join ?? ' ';
      const cols = indexes as number[];
      const extra = source.missing ?? [];
      // Placeholders are dropped part by part, so `N/A` + `Main St` reads as `Main St`.
      const joined = (cells: readonly unknown[]) =>
        cols
          .map((index) => cells[index])
          .filter((cell) => !isMissing(cell, extra))
          .join(join);
      const read = withPattern(joined, source.pattern);
      sources.push({
        field,
        origin: 'mapping',
        columns: cols,
        read,
        coercer: createCoercer(field, options(source, field)),
      });
    } else if ('flags' in source) {
      const flags = Object.entries(source.flags).map(([column, code]) => [locate(name, column), code] as const);
      if (flags.some(([index]) => index === undefined)) continue;
      const truthy = new Set(['x', 'checked', ...(source.true_values ?? []).map((v) => v.toLowerCase())]);
      // Yes adds the column's code; no, empty or a placeholder adds nothing; anything else is not
      // silently read as no: the row's value is unreadable (invalid_boolean, with the cell).
      const read = (cells: readonly unknown[]): string | CoerceFailure => {
        const codes: string[] = [];
        for (const [index, code] of flags) {
          const cell = cells[index as number];
          if (cell === true) {
            if (!codes.includes(code)) codes.push(code);
            continue;
          }
          if (cell === false || isMissing(cell)) continue;
          const text = String(cell).trim();
          const lower = text.toLowerCase();
          const yes = truthy.has(lower) || parseBoolean(lower);
          if (yes === true) {
            // Two columns may mean one code (a foot and a vehicle pursuit are both `pursuit`).
            if (!codes.includes(code)) codes.push(code);
          } else if (yes === undefined) {
            return new CoerceFailure('invalid_boolean', text, {});
          }
        }
        return codes.join(';');
      };
      const columns = flags.map(([index]) => index as number);
      sources.push({
        field,
        origin: 'mapping',
        columns,
        read,
        coercer: createCoercer(field, { missing: [], separator: ';' }),
      });
    } else {
      const { year, month, day } = source.parts;
      const [y, m, d] = [locate(name, year), locate(name, month), locate(name, day)];
      if (y === undefined || m === undefined || d === undefined) continue;
      const read = (cells: readonly unknown[]) => {
        const [yy, mm, dd] = [cells[y], cells[m], cells[d]].map((cell) => String(cell ?? '').trim());
        if (!yy || !mm || !dd) return '';
        return /^\d+$/.test(mm ?? '') ? `${yy}-${pad2(mm ?? '')}-${pad2(dd ?? '')}` : `${mm} ${dd}, ${yy}`;
      };
      sources.push({ field, origin: 'mapping', columns: [y, m, d], read, coercer: createCoercer(field, { missing }) });
    }
  }

  // Automatic matching for the fields and columns the mapping file leaves open.
  // A field the mapping file names is never matched automatically, even when its column is not in
  // this file: it is then absent (and reported), not quietly fed by a different column.
  const taken = new Set([...sources.map((source) => source.field.name), ...Object.keys(mapping?.fields ?? {})]);
  const ignored = new Set(
    (mapping?.ignore ?? []).map((name) => find(name)).filter((i): i is number => i !== undefined),
  );
  // `raw_<name>` columns are the standard's own passthrough of source columns (what `normalize`
  // writes): acknowledged, not reported as unmapped.
  header.forEach((name, index) => {
    if (/^raw_[a-z0-9_]+$/.test(name) && !used.has(index)) ignored.add(index);
  });
  const openHeader = header.map((name, index) => (used.has(index) || ignored.has(index) ? '' : name));
  const matches = matchHeaders(openHeader, indexFields(fields), { taken }).filter((match) => match.header !== '');
  for (const match of matches) {
    const field = byName.get(match.field) as FieldInfo;
    used.add(match.column);
    const index = match.column;
    sources.push({
      field,
      origin: match.reason,
      columns: [index],
      read: (cells) => cells[index],
      column: index,
      coercer: createCoercer(field, { missing }),
    });
  }

  // `<field>_raw` keeps the published value of a crosswalked field, from the same column.
  for (const source of [...sources]) {
    const raw = byName.get(`${source.field.name}_raw`);
    if (!raw || sources.some((s) => s.field === raw) || source.columns.length !== 1) continue;
    sources.push({
      field: raw,
      origin: 'raw_of',
      columns: source.columns,
      read: source.read,
      ...(source.column !== undefined ? { column: source.column } : {}),
      coercer: createCoercer(raw, { missing: [] }),
    });
  }

  const order = new Map(fields.map((field, index) => [field.name, index]));
  sources.sort((a, b) => (order.get(a.field.name) ?? 0) - (order.get(b.field.name) ?? 0));
  const unmapped = header
    .map((name, column) => ({ column, header: name, acknowledged: ignored.has(column) }))
    .filter((entry) => !used.has(entry.column));
  const rowIdColumns = (mapping?.row_id_columns ?? [])
    .map((name) => locate('row_id_columns', name))
    .filter((i): i is number => i !== undefined);
  return { type, fields, sources, unmapped, notFound, namedColumns, matches, rowIdColumns };
}
