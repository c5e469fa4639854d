// The findings catalogue speaks to people at a terminal ("--type on the command line"); in a
// workflow the same things are the action's inputs or a config dataset's keys. Fix texts shown in
// annotations and the job summary are reworded here.

const FIX_WORDS: Array<[RegExp, string]> = [
  [/--type on the command line/g, 'the type input (or `type:` of a config dataset)'],
  [/, or `--delimiter` on the command line/g, ''],
  [/with --severity ([a-z_]+)=([a-z]+)/g, 'with `severity: { $1: $2 }` in the config dataset'],
  [/--limit ([a-z-]+)=N on the command line, /g, ''],
];

/** A fix text as it reads in a workflow. */
export function inWorkflowWords(text: string): string {
  let out = text;
  for (const [pattern, words] of FIX_WORDS) out = out.replace(pattern, words);
  return out;
}
