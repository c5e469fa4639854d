// The standard's own CSV form: field names as the header, empty cell = absent, `true`/`false`,
// plain decimals, lists joined by `;`. This turns one such record into a typed row and back.
import type { FieldInfo } from './registry.js';

export const LIST_SEPARATOR = ';';

export type RowValue = string | number | boolean | RowValue[];
export type StandardRow = Record<string, RowValue>;

function decodeScalar(cell: string, type: FieldInfo['type'] | undefined): RowValue {
  if (type === 'boolean') {
    if (cell === 'true') return true;
    if (cell === 'false') return false;
    return cell;
  }
  if (type === 'integer' || type === 'number') {
    const value = Number(cell);
    return cell.trim() !== '' && Number.isFinite(value) ? value : cell;
  }
  return cell;
}

/**
 * Decodes a record written in the standard's CSV form. Cells that do not decode (`"yes"` in a
 * boolean field) are kept as strings so that schema validation reports them with their value.
 */
export function decodeStandardRecord(record: Record<string, string>, fields: readonly FieldInfo[]): StandardRow {
  const byName = new Map(fields.map((field) => [field.name, field]));
  const row: StandardRow = {};
  for (const [name, cell] of Object.entries(record)) {
    if (cell === '') continue;
    const field = byName.get(name);
    if (field?.type === 'array') {
      row[name] = cell.split(LIST_SEPARATOR).map((part) => decodeScalar(part, field.itemType));
    } else {
      row[name] = decodeScalar(cell, field?.type);
    }
  }
  return row;
}

/** Encodes a typed row in the standard's CSV form, in the order of `fields`. */
export function encodeStandardRecord(row: StandardRow, fields: readonly FieldInfo[]): string[] {
  return fields.map((field) => {
    const value = row[field.name];
    if (value === undefined) return '';
    return Array.isArray(value) ? value.map(String).join(LIST_SEPARATOR) : String(value);
  });
}
