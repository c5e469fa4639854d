// The action: reads the inputs, validates each file, writes the job summary, annotations, outputs,
// SARIF and JSON report, and returns the exit status (1 when a dataset misses the bar or on a usage error).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { judge, plural, type Report, renderJson, renderSarif } from '@policedata/core';
import { validateFile } from '@policedata/core/node';
import { MAX_PER_KIND, renderAnnotations } from './annotations.js';
import { type Checked, errorsPassing } from './checked.js';
import { annotation, appendSummary, type Env, setOutput } from './commands.js';
import { readInputs } from './inputs.js';
import { planActionJobs } from './jobs.js';
import { renderSummary } from './summary.js';

export interface RunContext {
  env: Env;
  cwd: string;
  write: (line: string) => void;
}

/** Failing datasets named in the one verdict error at most; the job summary lists them all. */
const MAX_NAMED = 10;

/** Writes a file the inputs asked for; a path that cannot be written is said in words. */
function writeFile(path: string, text: string, input: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'EEXIST' || code === 'ENOTDIR'
        ? 'a file stands where a folder of the path should be'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : error instanceof Error
            ? error.message
            : String(error);
    throw new Error(`cannot write ${path} (${input}): ${why}.`);
  }
}

async function check(context: RunContext): Promise<number> {
  const { env, cwd, write } = context;
  const inputs = readInputs(env);
  const jobs = await planActionJobs(inputs, cwd);
  const checked: Checked[] = [];
  for (const job of jobs) {
    for (const file of job.files) {
      // Large CSV files are validated on every core, by the bundled worker (dist/worker.node.js).
      // Named as in the workspace, so that annotations attach to the file (an absolute path inside it
      // is made relative).
      const inside = relative(cwd, file.path);
      const name =
        isAbsolute(file.name) && inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) ? inside : file.name;
      const report = await validateFile(file.path, { ...job.options, fileName: name });
      const reasons = judge(report, job.gate);
      checked.push({ report, reasons, gate: job.gate });
      const verdict = reasons.length ? `fails: ${reasons.join('; ')}` : 'passes';
      write(
        `${name}: ${report.dataset.type ?? 'unknown type'}, ${plural(report.rows, 'row')}, level ${report.conformance.level}, score ${report.conformance.score.toFixed(1)}: ${verdict}`,
      );
    }
  }
  const reports: Report[] = checked.map((item) => item.report);
  const failed = checked.filter((item) => item.reasons.length > 0);
  if (failed.length > 0) {
    // First, so it is among the 10 errors GitHub shows for the step.
    write(
      annotation(
        'error',
        `${failed.length} of ${checked.length} dataset${checked.length === 1 ? '' : 's'} not conformant: ${failed
          .slice(0, MAX_NAMED)
          .map((item) => `${item.report.file.name}: ${item.reasons.join('; ')}`)
          .join(
            ' · ',
          )}${failed.length > MAX_NAMED ? ` · and ${failed.length - MAX_NAMED} more (see the job summary)` : ''}`,
        { title: 'policedata: not conformant' },
      ),
    );
  }
  const passing = errorsPassing(checked);
  if (inputs.annotations) {
    const limits = { error: MAX_PER_KIND - (failed.length > 0 ? 1 : 0), warning: MAX_PER_KIND };
    for (const line of renderAnnotations(reports, limits, passing, inputs.sarif !== undefined)) write(line);
  }
  // The files first: if one cannot be written, the summary is not left saying all went well.
  if (inputs.sarif !== undefined) {
    writeFile(resolve(cwd, inputs.sarif), renderSarif(reports, { cwd, passing }), 'the sarif input');
  }
  let reportPath = '';
  if (inputs.report !== undefined) {
    reportPath = inputs.report;
    const json =
      reports.length === 1
        ? renderJson(reports[0] as Report)
        : `[\n${reports.map((r) => renderJson(r).trimEnd()).join(',\n')}\n]\n`;
    writeFile(resolve(cwd, inputs.report), json, 'the report input');
  }
  if (inputs.summary) appendSummary(env, renderSummary(checked));
  const mean = reports.length ? reports.reduce((sum, r) => sum + r.conformance.score, 0) / reports.length : 0;
  setOutput(env, 'conformant', String(failed.length === 0));
  setOutput(env, 'score', (Math.round(mean * 10) / 10).toFixed(1));
  setOutput(env, 'report-path', reportPath);
  return failed.length === 0 ? 0 : 1;
}

/** Runs the action; returns the exit status. Usage errors (bad inputs, missing files) become an ::error. */
export async function run(context: RunContext): Promise<number> {
  try {
    return await check(context);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // A mistake in a config or mapping file names its place (`file:line:column:`): the annotation
    // is put there, so it shows on the file in the pull request.
    // The problem lines read `  path:line:column: what` (the path may hold spaces).
    const place = /^ {2}(.+?):(\d+):(\d+): /m.exec(message);
    const at = place ? { file: place[1] as string, line: Number(place[2]) } : {};
    context.write(annotation('error', message, { ...at, title: 'policedata: the check could not run' }));
    // Later steps that read the outputs see a failed check, and the summary says why.
    setOutput(context.env, 'conformant', 'false');
    setOutput(context.env, 'score', '');
    setOutput(context.env, 'report-path', '');
    appendSummary(
      context.env,
      `## policedata conformance\n\n❌ The check could not run:\n\n\`\`\`text\n${message.replace(/`/g, "'")}\n\`\`\`\n`,
    );
    return 1;
  }
}
