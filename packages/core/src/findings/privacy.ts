// Findings about personal data: the file is about to be published, so these come first in reports.
import { defineFinding } from './definition.js';

export const piiField = defineFinding<{ field: string }>({
  code: 'pii_field',
  severity: 'warning',
  category: 'privacy',
  title: 'The file publishes a field that can identify people',
  description:
    'A field the standard marks as personal data (a name, date of birth, licence plate, licence or badge number) is in the file with values.',
  fix: 'Remove the column before release, or replace it with an opaque identifier (a keyed hash) or an age, unless the law and your policy require it to be public.',
  message: ({ field }) => `${field} can identify people.`,
});

export const piiColumnName = defineFinding<{ header: string; kind: string }>({
  code: 'pii_column_name',
  severity: 'warning',
  category: 'privacy',
  title: 'A column name suggests personal data',
  description:
    'A column that maps to no field has a name that suggests personal data (name, date of birth, SSN, phone, plate, licence, or a house number, which with its street gives an exact address).',
  fix: 'Check the column; remove it before release if it identifies people.',
  message: ({ header, kind }) => `Column "${header}" looks like ${kind}.`,
});

export const piiValue = defineFinding<{ kind: string }>({
  code: 'pii_value',
  perRow: true,
  severity: 'error',
  category: 'privacy',
  title: 'A value looks like personal data',
  description:
    'A cell looks like a Social Security number, a phone number or an e-mail address. These identify people and almost never belong in police open data.',
  fix: 'Remove or redact the value before release; check free-text columns (narratives, notes) for more.',
  message: ({ kind }) => `Looks like ${kind}.`,
});

export const exactAddress = defineFinding<{ block: string }>({
  code: 'exact_address',
  perRow: true,
  severity: 'warning',
  category: 'privacy',
  title: 'An exact house-number address',
  description:
    'The location has a full house number. Police open data usually generalises addresses to the block (`11XX BATES ST`) so that people involved, often victims, cannot be found at home. The address itself is not repeated in the report; the message gives its block form.',
  fix: 'Generalise addresses to the block (replace the last two digits of the house number with XX) unless the place is public.',
  message: ({ block }) => `A full house-number address; publish it as "${block}".`,
});

export const privacyFindings = [piiField, piiColumnName, piiValue, exactAddress];
