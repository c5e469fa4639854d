// Looks for personal data in the cells about to be published: Social Security numbers, phone
// numbers and e-mail addresses in free-text and unmapped columns, and exact house-number addresses
// where block-level addresses are expected. Personal values are never copied into samples: an exact
// address is named by its line and column, with the block form it should take (`61XX KEYSTONE AVE`).
import type { RowValue } from '@policedata/schemas';
import type { Plan } from '../mapping/plan.js';
import type { FindingSink, SourceRow } from '../read/types.js';

const SSN = /\b\d{3}-\d{2}-\d{4}\b/;
const PHONE = /(?:\(\d{3}\)\s?|\b\d{3}[-.\s])\d{3}[-.]\d{4}\b/;
const EMAIL = /\b[\w.+-]+@[\w-]+\.[\w.]+\b/;
/**
 * `6101 Keystone Ave`; not `11XX BATES ST`, `600 block of`, `4600 S MALCOLM X BLVD` (a hundred block),
 * `31 Highway S` or `465S to Exit 4` (roads, not houses).
 */
const HOUSE_NUMBER =
  /^(\d{1,6})[A-Z]?\s+(?!(?:(?:[NSEW]|NE|NW|SE|SW|north|south|east|west)\.?\s+)?(?:block|blk|highway|hwy|route|rte|interstate|exit|mile|to)\b)[A-Za-z0-9]/i;

/**
 * A column name (normalised: lower case, words joined by `_`) for house numbers (`STREET_N`,
 * `House No`): with its street, an exact address.
 */
export const HOUSE_NUMBER_COLUMN =
  /^(?:street_n|(?:street|st|house|hse|address|addr|building|bldg)_?(?:no|num|nbr|number))$/;

export function looksLikeExactAddress(text: string): boolean {
  const m = HOUSE_NUMBER.exec(text);
  return m !== null && !/x/i.test(text.split(/\s/)[0] ?? '') && !(m[1] ?? '').endsWith('00');
}

/** The block form of an address: the house number's last two digits become XX. */
export function toBlock(address: string): string {
  return address.replace(/^(\d*?)\d{1,2}(?=[A-Z]?\s)/i, (_m, head: string) => `${head}XX`);
}

/** What personal value a cell of free text holds (`a phone number`), if any. */
export function piiKind(cell: string): string | undefined {
  if (cell.length < 7) return undefined;
  return SSN.test(cell)
    ? 'a Social Security number'
    : PHONE.test(cell)
      ? 'a phone number'
      : cell.includes('@') && EMAIL.test(cell)
        ? 'an e-mail address'
        : undefined;
}

export class PiiScanner {
  /** Columns scanned for SSNs, phones and e-mails: free-text fields and unmapped columns. */
  readonly textColumns: Array<{ column: number; header: string; field?: string }> = [];
  /** Fields holding an address, checked for exact house numbers. */
  readonly addressFields: string[] = [];
  private readonly columnOf = new Map<string, string>();

  constructor(
    plan: Plan,
    header: readonly string[],
    private readonly sink: FindingSink,
  ) {
    for (const source of plan.sources) {
      const { field } = source;
      if (field.definition?.endsWith('location.schema.json#/$defs/address')) {
        this.addressFields.push(field.name);
        this.columnOf.set(field.name, source.columns.map((column) => header[column] ?? '').join(' + '));
      }
      const freeText = field.type === 'string' && !field.codeList && !field.enum && !field.format && !field.pattern;
      if (freeText && source.columns.length === 1) {
        this.textColumns.push({
          column: source.columns[0] as number,
          header: header[source.columns[0] as number] ?? '',
          field: field.name,
        });
      }
    }
    for (const entry of plan.unmapped) this.textColumns.push({ column: entry.column, header: entry.header });
  }

  scan(row: SourceRow, out: Record<string, RowValue>): void {
    for (const { column, header, field } of this.textColumns) {
      const cell = row.cells[column];
      if (typeof cell !== 'string' || cell.length < 7) continue;
      const kind = piiKind(cell);
      if (kind)
        this.sink.report('pii_value', { line: row.line, column: header, ...(field ? { field } : {}) }, { kind });
    }
    for (const field of this.addressFields) {
      const value = out[field];
      if (typeof value === 'string' && looksLikeExactAddress(value)) {
        this.sink.report(
          'exact_address',
          { line: row.line, field, column: this.columnOf.get(field) },
          { block: toBlock(value) },
        );
      }
    }
  }
}
