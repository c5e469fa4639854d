// The example workflow a civic repository copies must be a valid workflow: checked with GitHub's own
// workflow parser (@actions/workflow-parser, the schema behind the Actions language service).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from './run-action.js';

const path = join(REPO_ROOT, 'examples/workflows/police-data.yml');

async function check(content: string) {
  const parsed = parseWorkflow({ name: 'police-data.yml', content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map(String);
  const template = parsed.value ? await convertWorkflowTemplate(parsed.context, parsed.value) : undefined;
  return { errors: [...errors, ...(template?.errors ?? []).map((error) => error.Message)], template };
}

const action = parse(readFileSync(join(REPO_ROOT, 'packages/action/action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
};

describe('examples/workflows/police-data.yml', () => {
  it("is a valid workflow for GitHub's parser", async () => {
    const { errors, template } = await check(readFileSync(path, 'utf8'));
    expect(errors).toEqual([]);
    expect(template?.jobs).toHaveLength(1);
  });

  it('the parser does catch mistakes (so the test above can fail)', async () => {
    const { errors } = await check('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n');
    expect(errors.join('\n')).toMatch(/stepz/);
  });

  it("uses only the action's own inputs and outputs, and uploads the SARIF file it writes", () => {
    const workflow = parse(readFileSync(path, 'utf8')) as {
      jobs: Record<string, { steps: Array<{ id?: string; uses?: string; with?: Record<string, string> }> }>;
    };
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    const policedata = steps.find((step) => step.uses?.includes('packages/action'));
    expect(policedata?.id).toBe('policedata');
    for (const input of Object.keys(policedata?.with ?? {})) expect(Object.keys(action.inputs)).toContain(input);
    const text = readFileSync(path, 'utf8');
    for (const [, output] of text.matchAll(/steps\.policedata\.outputs\.([a-z-]+)/g)) {
      expect(Object.keys(action.outputs)).toContain(output);
    }
    const upload = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.with?.sarif_file).toBe(policedata?.with?.sarif);
  });
});
