// Reads NDJSON / JSON Lines: one JSON object per line. A broken line is reported and skipped and
// reading goes on with the next line; a line longer than the record limit is skipped as it streams
// past, never held whole.
import { describeScalar } from './json-reader.js';
import { RowBuilder } from './json-rows.js';
import { type Feed, type TextInput, tableFromFeed } from './json-table.js';
import { type JsonHandler, type JsonScalar, JsonTokenizer } from './json-tokenizer.js';
import { lineBreakAt } from './line-breaks.js';
import type { FindingSink, ReadLimits, TableSource } from './types.js';

/** One line's events: the line must be a single object, which becomes a row. */
class LineHandler implements JsonHandler {
  reported = false;

  constructor(
    private readonly tok: JsonTokenizer,
    private readonly rows: RowBuilder,
    private readonly sink: FindingSink,
    private readonly file: string,
  ) {}

  open(isArray: boolean, depth: number): void {
    if (this.rows.active) {
      this.rows.open(isArray, depth);
      return;
    }
    if (!isArray) {
      this.rows.begin(depth);
      return;
    }
    this.notObject('an array');
    this.tok.mute = 0;
  }

  close(isArray: boolean, depth: number): void {
    if (this.rows.active) this.rows.close(isArray, depth);
  }

  key(name: string, depth: number): void {
    if (this.rows.active) this.rows.key(name, depth);
  }

  scalar(value: JsonScalar, numberText: string | undefined, depth: number): void {
    if (this.rows.active) this.rows.scalar(value, numberText, depth);
    else this.notObject(describeScalar(value));
  }

  overflow(): void {
    if (this.rows.active) this.rows.overflow();
  }

  private notObject(found: string): void {
    this.reported = true;
    this.sink.report('json_not_object', { file: this.file, line: this.tok.tokenLine }, { found });
  }
}

class LineFeed implements Feed {
  private line = 1;
  private lineChars = 0;
  private skipLine = false;
  private records = 0;
  private chars = 0;
  /** The line holds bytes that are not valid UTF-8 (read as U+FFFD): reported once, its row counted as an error. */
  private damaged = false;
  /** The last chunk ended in CR (see push). */
  private pendingCR = false;

  constructor(
    private readonly tok: JsonTokenizer,
    private readonly handler: LineHandler,
    private readonly rows: RowBuilder,
    private readonly sink: FindingSink,
    private readonly file: string,
    private readonly limits: ReadLimits,
  ) {}

  push(chunk: string): boolean {
    this.chars += chunk.length;
    let i = 0;
    // The last chunk ended in CR, which ended its line: a LF now is the rest of a CRLF.
    if (this.pendingCR && chunk.length > 0) {
      this.pendingCR = false;
      if (chunk.charCodeAt(0) === 0x0a) i = 1;
    }
    while (i < chunk.length) {
      // A line ends at LF, CRLF or a lone CR (old Mac files).
      const nl = lineBreakAt(chunk, i);
      const end = nl < 0 ? chunk.length : nl;
      this.segment(i === 0 && end === chunk.length ? chunk : chunk.slice(i, end));
      if (nl < 0) break;
      this.endLine();
      i = nl + 1;
      if (chunk.charCodeAt(nl) === 0x0d) {
        if (i >= chunk.length) this.pendingCR = true;
        else if (chunk.charCodeAt(i) === 0x0a) i += 1;
      }
    }
    return true;
  }

  end(): void {
    if (this.lineChars > 0) this.endLine();
    if (this.records === 0 && this.chars > 0) this.sink.report('no_records', { file: this.file, line: 1 });
  }

  private segment(text: string): void {
    if (this.skipLine || text.length === 0) return;
    const bad = this.damaged ? -1 : text.indexOf('\uFFFD');
    if (bad !== -1) {
      this.damaged = true;
      const value = text.slice(Math.max(0, bad - 40), bad + 40);
      this.sink.report('invalid_utf8', { file: this.file, line: this.line, value });
    }
    this.lineChars += text.length;
    if (this.lineChars > this.limits.maxRecordChars) {
      if (!this.rows.skipping) this.report('json_record_too_large', { limit: this.limits.maxRecordChars });
      this.dropLine();
      return;
    }
    this.tok.push(text);
    if (this.tok.error !== undefined) this.lineError();
  }

  private endLine(): void {
    if (!this.skipLine) {
      this.tok.end();
      if (this.tok.error !== undefined) this.lineError();
    }
    if (this.tok.started) this.records++;
    if (this.damaged) {
      const last = this.rows.rows.at(-1);
      if (last !== undefined && last.line === this.line && (this.sink.isError?.('invalid_utf8') ?? true)) {
        last.flawed = true;
      }
      this.damaged = false;
    }
    this.line++;
    this.lineChars = 0;
    this.skipLine = false;
    this.handler.reported = false;
    this.tok.reset(this.line);
  }

  private lineError(): void {
    const error = this.tok.error;
    if (error === undefined) return;
    if (!error.tooDeep) {
      this.report('json_syntax_error', { found: error.found, expected: error.expected, column: error.column });
    } else if (!this.rows.skipping && !this.handler.reported) {
      this.report('json_depth_limit', { limit: this.limits.maxJsonDepth, stopped: false });
    }
    // A complete object followed by junk on the same line is not trusted either.
    const last = this.rows.rows.at(-1);
    if (last !== undefined && last.line === this.line) this.rows.rows.pop();
    this.dropLine();
  }

  private dropLine(): void {
    this.rows.abort();
    this.skipLine = true;
    this.records++;
  }

  private report(code: string, params: Record<string, string | number | boolean>): void {
    this.sink.report(code, { file: this.file, line: this.line }, params);
  }
}

/** Reads NDJSON / JSON Lines from decoded text. */
export function readNdjson(
  text: TextInput,
  source: { name: string },
  sink: FindingSink,
  limits: ReadLimits,
): Promise<TableSource> {
  const tok = new JsonTokenizer(limits.maxRecordChars, limits.maxJsonDepth + 1, 'the end of the line');
  const rows = new RowBuilder(tok, sink, source.name, limits);
  const handler = new LineHandler(tok, rows, sink, source.name);
  tok.handler = handler;
  return tableFromFeed(text, 'ndjson', rows, new LineFeed(tok, handler, rows, sink, source.name, limits));
}
