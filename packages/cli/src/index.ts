// @policedata/cli: the `policedata` command. Exported for tests and for tools that embed the CLI.
export { createCli } from './cli.js';
export { CliError, EXIT_NOT_CONFORMANT, EXIT_OK, EXIT_USAGE } from './errors.js';
export type { Io } from './io.js';
export { main } from './main.js';
