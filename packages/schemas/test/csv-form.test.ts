import { describe, expect, it } from 'vitest';
import { decodeStandardRecord, encodeStandardRecord, registry } from '../src/index.js';

const fields = registry.listFields('stops');

describe("the standard's CSV form", () => {
  it('decodes lists, booleans and numbers, and drops empty cells', () => {
    const row = decodeStandardRecord(
      { stop_id: '7', subject_race: 'white;hispanic_latino', arrest_made: 'true', subject_age: '34', beat: '' },
      fields,
    );
    expect(row).toEqual({
      stop_id: '7',
      subject_race: ['white', 'hispanic_latino'],
      arrest_made: true,
      subject_age: 34,
    });
  });

  it('keeps undecodable cells as text so validation reports them with their value', () => {
    const row = decodeStandardRecord({ arrest_made: 'Y', subject_age: 'ADULT' }, fields);
    expect(row).toEqual({ arrest_made: 'Y', subject_age: 'ADULT' });
  });

  it('round-trips a row', () => {
    const row = { stop_id: '7', subject_race: ['black'], frisk_performed: false, subject_age: 19 };
    const cells = encodeStandardRecord(row, fields);
    const record = Object.fromEntries(fields.map((field, i) => [field.name, cells[i] ?? '']));
    expect(decodeStandardRecord(record, fields)).toEqual(row);
  });
});
