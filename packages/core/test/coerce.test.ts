import { registry } from '@policedata/schemas';
import { describe, expect, it } from 'vitest';
import { compileDateFormat, DateFormatError } from '../src/coerce/date-format.js';
import { formatDate, formatDateTime, formatTime, parseDateFamily, parseTime } from '../src/coerce/date-time.js';
import { CoerceFailure, createCoercer, EMPTY, MAPPED_MISSING, SENTINEL } from '../src/coerce/field-coercer.js';
import { parseAgeRange, parseBoolean, parseInteger, parseNumber } from '../src/coerce/scalars.js';

const field = (type: string, name: string) => {
  const found = registry.listFields(type).find((f) => f.name === name);
  if (!found) throw new Error(`${type}.${name} missing`);
  return found;
};

describe('dates in the forms real files use', () => {
  it.each([
    ['2015-03-13', 'iso', '2015-03-13'],
    ['2018-12-13T00:00:00.000Z', 'iso', '2018-12-13'],
    ['2016/01/17 00:00:00+00', 'ymd_slash', '2016-01-17'],
    ['2013/12/22', 'ymd_slash', '2013-12-22'],
    ['01/09/2013 12:00:00 AM', 'mdy', '2013-01-09'],
    ['6/15/2016', 'mdy', '2016-06-15'],
    ['06/07/14', 'mdy', '2014-06-07'],
    ['20190614', 'ymd_compact', '2019-06-14'],
    ['January 5, 2015', 'month_name', '2015-01-05'],
    ['40639.70069', 'excel_serial', '2011-04-06'],
  ] as const)('%s (%s)', (text, family, expected) => {
    const parts = parseDateFamily(text, family);
    expect(parts && formatDate(parts)).toBe(expected);
  });

  it('rejects days that do not exist and out-of-range times', () => {
    expect(parseDateFamily('2019-02-30', 'iso')).toBeUndefined();
    expect(parseDateFamily('13/40/2019', 'mdy')).toBeUndefined();
    expect(parseDateFamily('2019-06-14 25:00', 'iso')).toBeUndefined();
  });

  it('keeps the time and offset of a date-time', () => {
    const parts = parseDateFamily('2016/01/17 14:50:00+00', 'ymd_slash');
    expect(parts && formatDateTime(parts)).toBe('2016-01-17T14:50:00Z');
    const pm = parseDateFamily('01/17/2021 09:55:56 PM', 'mdy');
    expect(pm && formatDateTime(pm)).toBe('2021-01-17T21:55:56');
  });
});

describe('times', () => {
  it.each([
    ['21:48', '21:48'],
    ['21:48:00:000', '21:48'],
    ['21:08:00.0000000', '21:08'],
    ['4:14:00 AM', '04:14'],
    ['10:30 PM', '22:30'],
    ['12:05 AM', '00:05'],
    ['1450', '14:50'],
    ['122', '01:22'],
    ['0330', '03:30'],
    ['0.5', '12:00'],
    ['01/09/2013 09:15:30 PM', '21:15:30'],
  ])('%s -> %s', (text, expected) => {
    const parts = parseTime(text);
    expect(parts && formatTime(parts)).toBe(expected);
  });

  it.each(['2460', '25:00', '13:00 PM', 'noon'])('rejects %s', (text) => {
    expect(parseTime(text)).toBeUndefined();
  });
});

describe('explicit formats', () => {
  it('parses with the tokens a mapping file gives', () => {
    const format = compileDateFormat('DD/MM/YYYY hh:mm A');
    expect(format.parse('14/06/2019 09:48 PM')).toMatchObject({ year: 2019, month: 6, day: 14, hour: 21, minute: 48 });
    expect(format.parse('2019-06-14')).toBeUndefined();
  });

  it('names the character it does not know', () => {
    expect(() => compileDateFormat('YYYY-MM-QQ')).toThrow(DateFormatError);
    expect(() => compileDateFormat('YYYY-MM-QQ')).toThrow(/unknown character "Q" at position 9/);
    // A token that gives a part already given (DD then D) would read the day twice: said, not accepted.
    expect(() => compileDateFormat('YYYY-MM-DDD')).toThrow(
      'date format "YYYY-MM-DDD" gives the day twice ("DD", then "D" at position 11): write it once',
    );
    expect(() => compileDateFormat('M/D/YYYY h:mm A')).not.toThrow();
  });
});

describe('numbers, yes/no and age ranges', () => {
  it('reads the encodings seen in real files', () => {
    expect(['Yes', 'Y', 'TRUE', 'true', '1', 'T'].map((v) => parseBoolean(v))).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['No', 'n', 'FALSE', '0', 'f'].map((v) => parseBoolean(v))).toEqual([false, false, false, false, false]);
    expect(parseBoolean('Felony')).toBeUndefined();
    expect(parseBoolean('Felony', { trueValues: ['Felony', 'Misdemeanor'] })).toBe(true);
    expect(parseNumber('1,250.5')).toBe(1250.5);
    expect(parseNumber('.')).toBeUndefined();
    expect(parseInteger('34.0')).toBe(34);
    expect(parseInteger('34.5')).toBeUndefined();
  });

  it.each([
    ['26 - 35', '26-35'],
    ['18 TO 24', '18-24'],
    ['56 and Above', '56+'],
    ['65+', '65+'],
    ['OVER 65', '66+'],
    ['UNDER 18', '0-17'],
    ['20s', '20-29'],
    ['B - 18-29', '18-29'],
  ])('age range %s -> %s', (text, expected) => {
    expect(parseAgeRange(text)).toBe(expected);
  });
});

describe('field coercers', () => {
  it('crosswalks codes with the mapping, reads labels, and suggests from aliases', () => {
    const race = createCoercer(field('stops', 'subject_race'), {
      missing: ['NULL'],
      values: { W: 'white', X: null },
      separator: ';',
    });
    expect(race.apply('W')).toEqual(['white']);
    expect(race.apply('W;black;W')).toEqual(['white', 'black']);
    expect(race.apply('Asian')).toEqual(['asian']);
    expect(race.apply('X')).toBe(MAPPED_MISSING);
    expect(race.apply('NULL')).toBe(SENTINEL);
    expect(race.apply('  ')).toBe(EMPTY);
    const failure = race.apply('Black or African American');
    expect(failure).toBeInstanceOf(CoerceFailure);
    expect((failure as CoerceFailure).params.suggestion).toBe('black');
  });

  it('says when a date that fails month first reads day first (the column is probably day first)', () => {
    const date = createCoercer(field('stops', 'stop_date'), { missing: [] });
    const failure = date.apply('14/06/2019') as CoerceFailure;
    expect(failure).toBeInstanceOf(CoerceFailure);
    expect(failure.params).toEqual({ dayFirst: 'DD/MM/YYYY' });
    expect((date.apply('25.12.19') as CoerceFailure).params).toEqual({ dayFirst: 'DD.MM.YY' });
    // With the time, the format that reads the whole cell; and that format does read it.
    for (const [text, format, expected] of [
      ['14/06/2019 10:30', 'DD/MM/YYYY HH:mm', '2019-06-14'],
      ['14/06/2019 9:05:59 PM', 'DD/MM/YYYY h:mm:ss A', '2019-06-14'],
    ] as const) {
      expect((date.apply(text) as CoerceFailure).params).toEqual({ dayFirst: format });
      expect(createCoercer(field('stops', 'stop_date'), { missing: [], format }).apply(text)).toBe(expected);
    }
    expect((date.apply('14/06/2019 whenever') as CoerceFailure).params).toEqual({});
    for (const text of ['31/02/2019', '13/13/2019', 'June 40']) {
      expect((date.apply(text) as CoerceFailure).params).toEqual({});
    }
    const given = createCoercer(field('stops', 'stop_date'), { missing: [], format: 'MM/DD/YYYY' });
    expect((given.apply('14/06/2019') as CoerceFailure).params).toEqual({ format: 'MM/DD/YYYY' });
  });

  it('reads a JSON list in a list field (as JSON and NDJSON files, and normalize, write one)', () => {
    const race = createCoercer(field('stops', 'subject_race'), { missing: ['NULL'], values: { W: 'white' } });
    expect(race.apply('["hispanic_latino"]')).toEqual(['hispanic_latino']);
    expect(race.apply('["W", "black", null, "W"]')).toEqual(['white', 'black']);
    expect(race.apply('[]')).toBe(MAPPED_MISSING);
    // Not a list of plain values: read as text, which then fails as a code.
    expect(race.apply('[["W"]]')).toBeInstanceOf(CoerceFailure);
    expect(race.apply('[W')).toBeInstanceOf(CoerceFailure);
  });

  it('crosswalks one value to several codes, and an empty cell when the mapping says so', () => {
    const race = createCoercer(field('stops', 'subject_race'), {
      missing: [],
      values: { P: ['black', 'hispanic_latino'], '': 'unspecified' },
    });
    expect(race.apply('P')).toEqual(['black', 'hispanic_latino']);
    expect(race.apply('')).toEqual(['unspecified']);
    const sex = createCoercer(field('stops', 'subject_sex'), { missing: ['NULL'], columnMissing: ['N'] });
    expect(sex.apply('N')).toBe(MAPPED_MISSING);
    expect(sex.apply('NULL')).toBe(SENTINEL);
  });

  it('reports the raw value of a failed date', () => {
    const date = createCoercer(field('stops', 'stop_date'), { missing: [] });
    expect(date.apply('01/09/2013 12:00:00 AM')).toBe('2013-01-09');
    const failure = date.apply('31st of June');
    expect(failure).toBeInstanceOf(CoerceFailure);
    expect(failure).toMatchObject({ code: 'invalid_date', value: '31st of June' });
  });

  it('takes the time part of a date-time column when asked', () => {
    const time = createCoercer(field('stops', 'stop_time'), { missing: [], part: 'time' });
    expect(time.apply('06/07/2014 12:09:00 AM')).toBe('00:09');
  });
});
