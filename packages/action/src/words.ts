// The CLI's messages and the findings catalogue speak to people at a terminal ("--type on the
// command line"); in a workflow the same things are the action's inputs or a config dataset's keys.
// Error messages, and the fix texts shown in annotations and the job summary, are reworded here.

type Words = ReadonlyArray<readonly [RegExp, string]>;

/** The CLI's error messages name its flags; here the same things are inputs of the action. */
const ERROR_WORDS: Words = [
  [/--type\b/g, 'the type input'],
  [/--mapping\b/g, 'the mapping input'],
  [/--config\b/g, 'the config input'],
  [/, or quote a glob \("data\/\*\.csv"\) to let policedata expand it/g, ''],
];

const FIX_WORDS: Words = [
  [/--type on the command line/g, 'the type input (or `type:` of a config dataset)'],
  [/, or `--delimiter` on the command line/g, ''],
  [/with --severity ([a-z_]+)=([a-z]+)/g, 'with `severity: { $1: $2 }` in the config dataset'],
  [/--limit ([a-z-]+)=N on the command line, /g, ''],
];

function reword(text: string, words: Words): string {
  let out = text;
  for (const [pattern, replacement] of words) out = out.replace(pattern, replacement);
  return out;
}

/** A fix text as it reads in a workflow. */
export const inWorkflowWords = (text: string): string => reword(text, FIX_WORDS);

/** An error message of the CLI's code as it reads in a workflow. */
export const errorInWorkflowWords = (text: string): string => reword(text, ERROR_WORDS);
