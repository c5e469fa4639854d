import { describe, expect, it } from 'vitest';
import { annotation, escapeData, escapeProperty, getBooleanInput, getInput, getListInput } from '../src/commands.js';

describe('workflow commands', () => {
  it('escapes messages and properties as GitHub does', () => {
    expect(escapeData('50% a\r\nb')).toBe('50%25 a%0D%0Ab');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
    expect(annotation('error', 'x::y\nz', { file: 'd,a:t.csv', line: 3, title: 'T: t' })).toBe(
      '::error file=d%2Ca%3At.csv,line=3,title=T%3A t::x::y%0Az',
    );
    expect(annotation('notice', 'n')).toBe('::notice::n');
  });

  it('reads inputs as the runner passes them', () => {
    const env = { 'INPUT_FAIL-ON': ' warning ', INPUT_FILES: 'a.csv\n b/*.csv, c.csv\n\n', INPUT_SUMMARY: 'false' };
    expect(getInput(env, 'fail-on')).toBe('warning');
    expect(getListInput(env, 'files')).toEqual(['a.csv', 'b/*.csv', 'c.csv']);
    // A comma inside a glob's braces belongs to the glob.
    expect(getListInput({ INPUT_FILES: 'data/{dallas,norwich}-2019.*, c.csv' }, 'files')).toEqual([
      'data/{dallas,norwich}-2019.*',
      'c.csv',
    ]);
    expect(getBooleanInput(env, 'summary', true)).toBe(false);
    expect(getBooleanInput(env, 'annotations', true)).toBe(true);
    expect(() => getBooleanInput({ INPUT_SUMMARY: 'yes' }, 'summary', true)).toThrow(/true or false/);
  });
});

describe('fix texts in a workflow', () => {
  it("speak of the action's inputs and the config, not the CLI's flags", async () => {
    const { inWorkflowWords } = await import('../src/words.js');
    const { findingDefinition } = await import('@policedata/core');
    const unknown = inWorkflowWords(findingDefinition('dataset_type_unknown').fix);
    expect(unknown).toContain('the type input (or `type:` of a config dataset)');
    expect(unknown).not.toContain('command line');
    const records = inWorkflowWords(findingDefinition('no_records').fix);
    expect(records).toContain('with `severity: { no_records: warning }` in the config dataset');
    const deep = inWorkflowWords(findingDefinition('json_depth_limit').fix);
    expect(deep).not.toContain('--limit');
    expect(deep).toContain('in the project config');
    expect(inWorkflowWords(findingDefinition('single_column').fix)).not.toContain('--delimiter');
  });
});
