// Writes a synthetic stops file in the standard's CSV form, with a fixed seed so every run of the
// benchmark validates the same bytes: 21 columns, about 170 bytes a row, about 1 % bad values.

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

/** mulberry32: a small, fast, seedable PRNG. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const COLUMNS = [
  'stop_id',
  'stop_date',
  'stop_time',
  'stop_type',
  'location_address',
  'latitude',
  'longitude',
  'district',
  'subject_race',
  'subject_race_raw',
  'subject_sex',
  'subject_age',
  'officer_id_hash',
  'frisk_performed',
  'search_conducted',
  'search_basis',
  'contraband_found',
  'outcome',
  'arrest_made',
  'citation_issued',
  'reason_for_stop',
];

const RACES = ['white', 'black', 'hispanic_latino', 'asian', 'other', 'unknown'];
const RAW = { white: 'W', black: 'B', hispanic_latino: 'H', asian: 'A', other: 'O', unknown: 'U' } as Record<
  string,
  string
>;
const OUTCOMES = ['warning', 'citation', 'arrest', 'no_action'];
const REASONS = ['SPEEDING', 'EQUIPMENT VIOLATION', 'SUSPICIOUS PERSON', 'MOVING VIOLATION, OTHER', 'DUI "SUSPECTED"'];
const STREETS = ['MAIN ST', 'BATES ST', 'KEYSTONE AVE', 'E PIKE ST', 'MERIDIAN ST'];

const quote = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

export async function generateStops(path: string, rows: number, seed = 20151): Promise<void> {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const out = createWriteStream(path);
  const lines: string[] = [COLUMNS.join(',')];
  for (let i = 1; i <= rows; i++) {
    const bad = rand() < 0.01 ? Math.floor(rand() * 4) : -1;
    const day = 1 + Math.floor(rand() * 28);
    const month = 1 + Math.floor(rand() * 12);
    const date =
      bad === 0
        ? `2019-02-${30 + (day % 2)}`
        : `2019-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const race = bad === 1 ? 'W' : pick(RACES);
    const searched = rand() < 0.1;
    const outcome = pick(OUTCOMES);
    const age = bad === 2 ? 140 : 16 + Math.floor(rand() * 60);
    lines.push(
      [
        `S-2019-${String(i).padStart(7, '0')}`,
        date,
        `${String(Math.floor(rand() * 24)).padStart(2, '0')}:${String(Math.floor(rand() * 60)).padStart(2, '0')}`,
        rand() < 0.7 ? 'vehicular' : 'pedestrian',
        `${1 + Math.floor(rand() * 99)}XX ${pick(STREETS)}`,
        (39 + rand()).toFixed(5),
        (-86 - rand()).toFixed(5),
        `D${1 + Math.floor(rand() * 6)}`,
        race,
        RAW[race] ?? race,
        bad === 3 ? 'M' : rand() < 0.5 ? 'male' : 'female',
        String(age),
        `h${Math.floor(rand() * 0xfffffff)
          .toString(16)
          .padStart(9, '0')}`,
        String(rand() < 0.2),
        String(searched),
        searched ? 'consent' : '',
        searched ? String(rand() < 0.3) : '',
        outcome,
        String(outcome === 'arrest'),
        String(outcome === 'citation'),
        quote(pick(REASONS)),
      ].join(','),
    );
    if (lines.length >= 10_000) {
      if (!out.write(`${lines.join('\n')}\n`)) await once(out, 'drain');
      lines.length = 0;
    }
  }
  out.end(lines.length ? `${lines.join('\n')}\n` : '');
  await once(out, 'finish');
}
