// Hands each validated record to a caller as typed values (what `normalize` writes). Kept out of the
// row processor's hot path: it runs only when a caller asks for rows, and reads each field through
// the plan's own coercers (memoised per distinct cell, so a second read costs a lookup).
import type { StandardRow } from '@policedata/schemas';
import { CoerceFailure } from '../coerce/field-coercer.js';
import type { Plan } from '../mapping/plan.js';
import type { SourceRow } from '../read/types.js';
import type { RowStage } from './row-stage.js';

/** One record in the standard's shape. */
export interface TypedRow {
  /** Each field with a usable value (a placeholder, an empty cell or a crosswalk to null is absent). */
  values: StandardRow;
  /** Fields whose cell could not be read as a value of the field (reported as findings). */
  failed: ReadonlySet<string>;
}

export type RowHook = (row: TypedRow, source: SourceRow) => void;

const NONE: ReadonlySet<string> = new Set();

export function typedRowReader(plan: Plan): (cells: readonly unknown[]) => TypedRow {
  const { sources } = plan;
  return (cells) => {
    const values: StandardRow = {};
    let failed: Set<string> | undefined;
    for (const source of sources) {
      const result = source.coercer.apply(source.read(cells));
      if (result instanceof CoerceFailure) {
        failed ??= new Set();
        failed.add(source.field.name);
      } else if (typeof result !== 'symbol') values[source.field.name] = result;
    }
    return { values, failed: failed ?? NONE };
  };
}

/** A stage that also gives every record it accepts (not the unfilled lines of a form) to `hook`. */
export function hookedStage(stage: RowStage, plan: Plan, hook: RowHook): Pick<RowStage, 'add'> {
  const read = typedRowReader(plan);
  return {
    add(row) {
      const before = stage.rows;
      stage.add(row);
      if (stage.rows > before) hook(read(row.cells), row);
    },
  };
}
