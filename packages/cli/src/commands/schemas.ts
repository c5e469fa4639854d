// `policedata schemas [type]`: the dataset types of the standard, or one type's fields with their
// level, type, allowed values and whether they identify people. Everything comes from the registry.
import { didYouMean } from '@policedata/core';
import { type FieldInfo, registry } from '@policedata/schemas';
import type { Argv, CommandModule } from 'yargs';
import type { CommandContext } from '../context.js';
import { CliError } from '../errors.js';
import type { Io } from '../io.js';
import { colourEnabled, textStyle } from '../output/style.js';
import { renderTable, wrapText } from '../output/table.js';

function typeOf(field: FieldInfo): string {
  const base = field.type === 'array' ? `${field.itemType ?? 'any'}[]` : field.type;
  return field.format ? `${base} (${field.format})` : base;
}

function allowedValues(field: FieldInfo): string {
  if (field.codeList) return field.codeList.values.join(', ');
  if (field.enum) return field.enum.map(String).join(', ');
  const range = [
    field.minimum !== undefined ? `≥ ${field.minimum}` : '',
    field.maximum !== undefined ? `≤ ${field.maximum}` : '',
  ];
  return range.filter(Boolean).join(', ');
}

export function listTypes(width: number, bold: (text: string) => string): string {
  const rows = registry.listDatasetTypes().map((info) => {
    const fields = registry.listFields(info.type);
    const count = (level: string) => fields.filter((field) => field.level === level).length;
    const counts = `${fields.length} (${count('required')} req, ${count('recommended')} rec, ${count('optional')} opt)`;
    return [info.type, info.title, counts, info.grain.id.replace(/_/g, ' + ')];
  });
  const table = renderTable(['TYPE', 'TITLE', 'FIELDS', 'ONE ROW PER'], rows, width, bold);
  return `${table}\nShow a type's fields: policedata schemas <type>\n`;
}

export function showType(type: string, width: number, bold: (text: string) => string): string {
  const info = registry.getDatasetType(type);
  if (!info) {
    const types = registry.listDatasetTypes().map((entry) => entry.type);
    throw new CliError(
      `unknown dataset type "${type}".${didYouMean(type, types)} Run \`policedata schemas\` to list the types.`,
    );
  }
  const rows = registry
    .listFields(type)
    .map((field) => [field.name, field.level, typeOf(field), field.pii ? 'yes' : '', allowedValues(field)]);
  const about = [info.description, '', info.grain.description, `Keys: ${info.keys.join(', ')}.`]
    .flatMap((text) => (text ? wrapText(text, Math.min(width, 100)) : ['']))
    .join('\n');
  const header = `${bold(`${info.title} (${info.type})`)}\n${about}\n\n`;
  return `${header}${renderTable(['FIELD', 'LEVEL', 'TYPE', 'PII', 'ALLOWED VALUES'], rows, width, bold)}`;
}

function run(type: string | undefined, io: Io, colour: boolean | undefined): void {
  const width = io.stdout.columns || 100;
  const { bold } = textStyle(colourEnabled(io, colour));
  io.stdout.write(type === undefined ? listTypes(width, bold) : showType(type, width, bold));
}

export function schemasCommand(context: CommandContext): CommandModule {
  return {
    command: 'schemas [type]',
    describe: "List the standard's dataset types, or show one type's fields",
    builder: (yargs: Argv) =>
      yargs
        .positional('type', { describe: 'A dataset type, such as stops or use-of-force', type: 'string' })
        .example('$0 schemas', 'Every dataset type with its field counts')
        .example('$0 schemas use-of-force', 'The fields of use-of-force: level, type, allowed values, PII')
        .epilog('Exit codes: 0 shown, 2 unknown dataset type.'),
    handler: (argv) => {
      run(argv.type as string | undefined, context.io, argv.color as boolean | undefined);
    },
  };
}
