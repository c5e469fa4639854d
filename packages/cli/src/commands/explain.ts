// `policedata explain [code]`: a finding's catalogue entry (title, severity, what it means, how to
// fix it), or every code when none is given. Unknown codes get a did-you-mean.
import { catalogue, closest, type FindingDefinition } from '@policedata/core';
import type { Argv, CommandModule } from 'yargs';
import type { CommandContext } from '../context.js';
import { CliError } from '../errors.js';
import { colourEnabled, textStyle } from '../output/style.js';
import { renderTable, wrapText } from '../output/table.js';

export function explainCode(code: string, width: number, bold: (text: string) => string): string {
  const definition = catalogue.find((entry) => entry.code === code);
  if (!definition) {
    // Words of the code may match part of a real one (`address` -> exact_address).
    const suggestion =
      closest(
        code,
        catalogue.map((entry) => entry.code),
      ) ?? catalogue.find((entry) => entry.code.includes(code.toLowerCase()))?.code;
    const hint = suggestion ? ` Did you mean "${suggestion}"?` : '';
    throw new CliError(`unknown finding code "${code}".${hint} Run \`policedata explain\` to list the codes.`);
  }
  return renderEntry(definition, width, bold);
}

function renderEntry(definition: FindingDefinition, width: number, bold: (text: string) => string): string {
  const wrap = (text: string) => wrapText(text, Math.min(width, 100) - 2).map((line) => `  ${line}`);
  return [
    `${bold(definition.code)}  ${definition.severity} · ${definition.category}`,
    `  ${definition.title}`,
    '',
    ...wrap(definition.description),
    '',
    bold('How to fix'),
    ...wrap(definition.fix),
    '',
    `Change its severity or hide it: --severity ${definition.code}=info, --ignore ${definition.code}`,
    '',
  ].join('\n');
}

export function listCodes(width: number, bold: (text: string) => string): string {
  const rows = catalogue.map((entry) => [entry.code, entry.severity, entry.category, entry.title]);
  return `${renderTable(['CODE', 'SEVERITY', 'CATEGORY', 'TITLE'], rows, width, bold)}\nExplain one: policedata explain <code>\n`;
}

export function explainCommand(context: CommandContext): CommandModule {
  return {
    command: 'explain [code]',
    describe: 'Explain a finding code: what it means and how to fix it',
    builder: (yargs: Argv) =>
      yargs
        .positional('code', { describe: 'A finding code from a report, such as unmapped_code', type: 'string' })
        .example('$0 explain unmapped_code', 'What the finding means and how to fix it')
        .example('$0 explain', 'Every finding code with its severity and title')
        .epilog('Exit codes: 0 shown, 2 unknown finding code.'),
    handler: (argv) => {
      const { io } = context;
      const width = io.stdout.columns || 100;
      const { bold } = textStyle(colourEnabled(io, argv.color as boolean | undefined));
      const code = argv.code as string | undefined;
      io.stdout.write(code === undefined ? listCodes(width, bold) : explainCode(code, width, bold));
    },
  };
}
