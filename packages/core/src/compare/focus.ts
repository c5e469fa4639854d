// The fields the Police Data Initiative asks every city to publish, so that cities can be compared:
// who was subject to police action (race, sex, age), who the officers were (race, sex), when, where,
// and what came of it. Each concept names, per dataset type, the standard field that answers it
// (the first of its candidates the type has). The scorecard shows these first and charts them.
import { registry } from '@policedata/schemas';

export interface FocusConcept {
  id: string;
  label: string;
  /** Fields that answer the concept, in order of preference; the first a type has is used. */
  candidates: readonly string[];
  /** Per dataset type, a field that answers it better than the candidates (outcome differs by type). */
  byType?: Readonly<Record<string, string>>;
  /** Every candidate the type has answers it (a place is an address, coordinates or a district). */
  anyOf?: boolean;
}

export const FOCUS_CONCEPTS: readonly FocusConcept[] = [
  {
    id: 'subject_race',
    label: 'Subject race',
    candidates: ['subject_race', 'complainant_race', 'employee_race'],
  },
  { id: 'subject_sex', label: 'Subject sex', candidates: ['subject_sex', 'complainant_sex', 'employee_sex'] },
  {
    id: 'subject_age',
    label: 'Subject age',
    candidates: ['subject_age', 'subject_age_range', 'complainant_age', 'employee_age'],
  },
  { id: 'officer_race', label: 'Officer race', candidates: ['officer_race'] },
  { id: 'officer_sex', label: 'Officer sex', candidates: ['officer_sex'] },
  {
    id: 'date',
    label: 'Date',
    candidates: [
      'incident_date',
      'stop_date',
      'arrest_date',
      'citation_date',
      'received_date',
      'pursuit_date',
      'as_of_date',
    ],
  },
  {
    id: 'location',
    label: 'Location',
    candidates: ['location_address', 'latitude', 'district', 'beat', 'start_area'],
    anyOf: true,
  },
  {
    id: 'outcome',
    label: 'Outcome',
    candidates: ['outcome', 'disposition', 'finding', 'clearance'],
    byType: {
      'use-of-force': 'subject_injured',
      'officer-involved-shootings': 'subject_died',
      arrests: 'charge_severity',
      citations: 'citation_type',
      'assaults-on-officers': 'officer_injured',
      employees: 'employment_status',
    },
  },
];

/**
 * The fields answering each focus concept in a dataset type: one, or for a concept any of whose
 * candidates answers it, every candidate the type has (none where the type has no such field).
 */
export function focusFields(type: string): Array<{ concept: FocusConcept; fields: string[] }> {
  const names = new Set(registry.listFields(type).map((field) => field.name));
  return FOCUS_CONCEPTS.map((concept) => {
    const preferred = concept.byType?.[type];
    if (preferred && names.has(preferred)) return { concept, fields: [preferred] };
    const present = concept.candidates.filter((name) => names.has(name));
    return { concept, fields: concept.anyOf ? present : present.slice(0, 1) };
  });
}
