// The page: a file and options in, the engine's report out. Everything heavy runs in the worker
// (engine/); this module only keeps the choices, asks the worker, and shows what comes back.
import type { NormalizeFormat } from '@policedata/core';
import { CancelledError, EngineClient, type ProgressReply } from './engine/engine-client.js';
import type { MappingInput, Renderings, ReportFacts, RunInput } from './engine/protocol.js';
import { wireDropZone, wireFileInput } from './ui/drop-zone.js';
import { downloadName, formatBytes, progressShare, progressText } from './ui/format.js';
import { clearReport, fitFrame, showReport } from './ui/report-view.js';
import { saveBlob, saveText } from './ui/save.js';
import { renderPrivacy, renderVerdict } from './ui/summary.js';
import EngineWorker from './worker.ts?worker&inline';
import './styles.css';

/** A mapping file larger than this is not a mapping file (the real ones are a few KB). */
const MAX_MAPPING_BYTES = 5 * 1024 * 1024;

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`the page has no #${id}`);
  return node as T;
}

const ui = {
  dataFile: byId<HTMLInputElement>('data-file'),
  dataFileName: byId<HTMLParagraphElement>('data-file-name'),
  dropZone: byId<HTMLDivElement>('drop-zone'),
  type: byId<HTMLSelectElement>('dataset-type'),
  typeHint: byId<HTMLParagraphElement>('dataset-type-hint'),
  fileDownloads: byId<HTMLDivElement>('file-downloads'),
  mappingFile: byId<HTMLInputElement>('mapping-file'),
  mappingName: byId<HTMLParagraphElement>('mapping-name'),
  mappingClear: byId<HTMLButtonElement>('mapping-clear'),
  run: byId<HTMLElement>('run'),
  status: byId<HTMLDivElement>('status'),
  error: byId<HTMLDivElement>('error'),
  progressRow: byId<HTMLDivElement>('progress-row'),
  progress: byId<HTMLProgressElement>('progress'),
  progressText: byId<HTMLSpanElement>('progress-text'),
  cancel: byId<HTMLButtonElement>('cancel'),
  verdict: byId<HTMLDivElement>('verdict'),
  pii: byId<HTMLDivElement>('pii'),
  downloads: byId<HTMLElement>('downloads'),
  reportSection: byId<HTMLElement>('report-section'),
  report: byId<HTMLIFrameElement>('report'),
};

interface State {
  file?: File;
  mapping?: MappingInput;
  /** The type the person chose; '' = detect (or the mapping's). */
  type: string;
  result?: { facts: ReportFacts; renderings: Renderings };
}

const state: State = { type: '' };
/** Each run (a check, a mapping, a normalized file) takes a number; a later one supersedes it. */
let currentRun = 0;
/** A new file's result is brought into view once (it is below the options); a re-check leaves the page where it is. */
let revealResult = false;
const client = new EngineClient(
  () => new EngineWorker({ name: 'policedata engine' }),
  (message) => {
    ui.run.hidden = false;
    setRunState('error');
    showError(`Could not start: ${message}`);
  },
);

function runInput(): RunInput {
  if (!state.file) throw new Error('no file chosen');
  return {
    file: state.file,
    ...(state.mapping ? { mapping: state.mapping } : {}),
    ...(state.type ? { type: state.type } : {}),
  };
}

/** The state of the latest run, on the result panel for styles and tests: running, done, error, cancelled. */
function setRunState(value: 'running' | 'done' | 'error' | 'cancelled'): void {
  ui.run.dataset.state = value;
}

function setStatus(text: string): void {
  ui.status.textContent = text;
}

function showError(message: string | undefined): void {
  ui.error.hidden = message === undefined;
  ui.error.textContent = message ?? '';
}

function showProgress(progress: ProgressReply | undefined): void {
  ui.progressRow.hidden = progress === undefined;
  if (!progress) return;
  const share = progressShare(progress);
  if (share === undefined) ui.progress.removeAttribute('value');
  else ui.progress.value = share;
  ui.progressText.textContent = progressText(progress);
}

function setDownloadsEnabled(enabled: boolean): void {
  for (const button of ui.downloads.querySelectorAll('button')) button.disabled = !enabled;
}

/** The hint as the page first shows it, put back when a run fails. */
const FIRST_TYPE_HINT = ui.typeHint.textContent ?? '';

function describeType(facts: ReportFacts): string {
  if (!facts.type && facts.rows === 0) {
    return 'No rows could be read from the file (the report below says why), so its type is not known.';
  }
  if (!facts.type) return 'The type could not be detected from the column names: choose it here.';
  if (facts.typeSource === 'detected') {
    return `Detected from the columns (${Math.round((facts.confidence ?? 0) * 100)}% confidence). Change it to check the file as another type.`;
  }
  if (facts.typeSource === 'mapping') return 'Given by the mapping file. Change it to check the file as another type.';
  return 'As you chose. Pick "Detect from the columns" to detect it again.';
}

/** Handles a run's failure: a cancel is not an error, anything else is shown as the engine said it. */
function failed(error: unknown, what: string, run: number): void {
  if (run !== currentRun) return;
  showProgress(undefined);
  if (error instanceof CancelledError) {
    setRunState('cancelled');
    setStatus(`${what} cancelled.`);
    return;
  }
  setRunState('error');
  setStatus('');
  // (A check that fails leaves the type selector as check() set it at its start: what was asked.)
  showError(`Could not finish: ${error instanceof Error ? error.message : String(error)}`);
}

async function check(): Promise<void> {
  const file = state.file;
  if (!file) return;
  const run = ++currentRun;
  state.result = undefined;
  ui.run.hidden = false;
  ui.verdict.hidden = true;
  ui.pii.hidden = true;
  ui.downloads.hidden = true;
  ui.reportSection.hidden = true;
  clearReport(ui.report);
  showError(undefined);
  // Until this check says otherwise, the selector shows what was asked, not the last file's type.
  ui.type.value = state.type || '';
  ui.typeHint.textContent = FIRST_TYPE_HINT;
  setRunState('running');
  setStatus(`Checking ${file.name} (${formatBytes(file.size)})…`);
  showProgress({ kind: 'progress', id: 0, rows: 0, bytesRead: 0, totalBytes: file.size });
  try {
    const result = await client.validate(runInput(), showProgress);
    if (run !== currentRun) return;
    state.result = { facts: result.facts, renderings: result.renderings };
    const { facts } = result;
    showProgress(undefined);
    // The status is what a screen reader announces: personal data goes in it too.
    const privacy = facts.privacy.length > 0 ? ' Personal data found: remove it before you publish.' : '';
    // An empty, binary or unreadable file, or a mapping written for another file: say why first.
    const unread =
      facts.rows === 0
        ? ` No rows could be read from it: ${facts.problem ?? 'the report below says why.'}`
        : facts.problem
          ? ` ${facts.problem}`
          : '';
    setStatus(
      `Checked ${facts.fileName} in ${result.millis < 100 ? `${Math.max(1, Math.round(result.millis))} ms` : `${(result.millis / 1000).toFixed(1)} s`}: level ${facts.level.toUpperCase()}, score ${facts.score} of 100.${unread}${privacy}`,
    );
    ui.type.value = state.type || facts.type || '';
    ui.typeHint.textContent = describeType(facts);
    renderVerdict(ui.verdict, facts);
    ui.verdict.hidden = false;
    ui.pii.hidden = !renderPrivacy(ui.pii, facts);
    ui.downloads.hidden = false;
    // A mapping or a normalized file needs rows to work from.
    ui.fileDownloads.hidden = facts.rows === 0;
    setDownloadsEnabled(true);
    ui.reportSection.hidden = false;
    showReport(ui.report, result.renderings.html);
    setRunState('done');
    if (revealResult) ui.run.scrollIntoView({ block: 'start' });
    revealResult = false;
  } catch (error) {
    failed(error, 'The check was', run);
  }
}

async function chooseMapping(file: File): Promise<void> {
  if (file.size > MAX_MAPPING_BYTES) {
    ui.run.hidden = false;
    showError(
      `${file.name} is ${formatBytes(file.size)}: too large for a mapping file. Choose the .yaml or .json mapping.`,
    );
    return;
  }
  state.mapping = { name: file.name, text: await file.text() };
  // The mapping says which type it is written for: the selector follows it.
  state.type = '';
  ui.mappingName.textContent = `Mapping: ${file.name}`;
  ui.mappingName.hidden = false;
  ui.mappingClear.hidden = false;
  await check();
}

async function download(kind: string): Promise<void> {
  const file = state.file;
  const result = state.result;
  if (!file || !result) return;
  const { renderings } = result;
  const run = ++currentRun;
  if (kind === 'html') saveText(renderings.html, downloadName(file.name, 'policedata-report.html'), 'text/html');
  else if (kind === 'json')
    saveText(renderings.json, downloadName(file.name, 'policedata-report.json'), 'application/json');
  else if (kind === 'markdown')
    saveText(renderings.markdown, downloadName(file.name, 'policedata-report.md'), 'text/markdown');
  else if (kind === 'mapping') {
    setDownloadsEnabled(false);
    showError(undefined);
    setRunState('running');
    setStatus('Writing a suggested mapping file from the columns and values…');
    try {
      const reply = await client.proposeMapping(runInput());
      if (run !== currentRun) return;
      saveText(reply.yaml, downloadName(file.name, 'mapping.yaml'), 'application/yaml');
      setRunState('done');
      setStatus(
        `Suggested mapping saved (type ${reply.type}). Check every line marked "check" or "map me", then choose it as the mapping file.`,
      );
    } catch (error) {
      failed(error, 'The mapping was', run);
    }
    setDownloadsEnabled(true);
  } else if (kind === 'csv' || kind === 'ndjson') {
    const format: NormalizeFormat = kind;
    setDownloadsEnabled(false);
    showError(undefined);
    setRunState('running');
    setStatus(`Writing ${file.name} in the standard's shape (${format.toUpperCase()})…`);
    showProgress({ kind: 'progress', id: 0, rows: 0, bytesRead: 0, totalBytes: file.size });
    try {
      // Without a mapping or a chosen type, the type the check detected (shown in the selector).
      const detected = !state.mapping && !state.type && result.facts.type ? { type: result.facts.type } : {};
      const reply = await client.normalize({ ...runInput(), ...detected }, format, showProgress);
      if (run !== currentRun) return;
      showProgress(undefined);
      saveBlob(reply.blob, downloadName(file.name, `normalized.${format}`));
      setRunState('done');
      setStatus(
        `Normalized file saved: ${reply.rows.toLocaleString('en-US')} rows, ${reply.columns} columns (${format.toUpperCase()}).${
          (state.result?.facts.privacy.length ?? 0) > 0
            ? ' It keeps the personal data found in the file: remove it before you publish.'
            : ''
        }`,
      );
    } catch (error) {
      failed(error, 'The normalized file was', run);
    }
    setDownloadsEnabled(true);
  }
}

function chooseFile(file: File): void {
  // A mapping file given as the data (dropped on the wrong zone) is a mapping: data is never YAML.
  if (/\.ya?ml$/i.test(file.name)) {
    void chooseMapping(file);
    return;
  }
  // A type chosen for the previous file is not this one's; one chosen before any file is kept.
  if (state.file !== undefined) state.type = '';
  state.file = file;
  ui.dataFileName.textContent = `Chosen: ${file.name} (${formatBytes(file.size)})`;
  ui.dataFileName.hidden = false;
  revealResult = true;
  void check();
}

wireFileInput(ui.dataFile, chooseFile);
wireDropZone(ui.dropZone, chooseFile);
wireFileInput(ui.mappingFile, (file) => void chooseMapping(file));
ui.mappingClear.addEventListener('click', () => {
  state.mapping = undefined;
  ui.mappingName.hidden = true;
  ui.mappingClear.hidden = true;
  ui.mappingFile.focus();
  void check();
});
ui.type.addEventListener('change', () => {
  state.type = ui.type.value;
  void check();
});
/** Cancels the run in progress; focus moves to the status, since the Cancel button hides itself. */
function cancelRun(): void {
  if (ui.progressRow.hidden) return;
  client.cancel();
  ui.status.tabIndex = -1;
  ui.status.focus();
}
ui.cancel.addEventListener('click', cancelRun);
// Escape cancels a long check, as it closes most things on a page.
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') cancelRun();
});
ui.downloads.addEventListener('click', (event) => {
  const kind = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-download]')?.dataset.download;
  if (kind) void download(kind);
});
window.addEventListener('resize', () => fitFrame(ui.report));

void client.types.then((types) => {
  for (const info of types) ui.type.append(new Option(`${info.title} (${info.type})`, info.type));
  ui.type.disabled = false;
});
