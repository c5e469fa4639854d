// Reads a JSON array of records, streamed: `[{...}, ...]`, or a portal's wrapper object around one
// (`{"data": [...]}`, `{"records": [...]}`, `{"rows": [...]}`, ArcGIS/GeoJSON `{"features": [{"attributes"
// or "properties": {...}}]}`). Only the record in progress is held in memory.
import { RowBuilder } from './json-rows.js';
import { type Feed, type TextInput, tableFromFeed } from './json-table.js';
import { type JsonHandler, type JsonScalar, JsonTokenizer } from './json-tokenizer.js';
import { lineEnd, lineStart } from './line-breaks.js';
import type { FindingSink, ReadLimits, TableSource } from './types.js';

const WRAPPER_KEYS = new Set(['data', 'records', 'rows', 'features']);
/** Nesting past which the tokenizer stops reading altogether (records past maxJsonDepth are only skipped). */
export function hardJsonDepth(limits: ReadLimits): number {
  return Math.max(4096, limits.maxJsonDepth * 2);
}

export function describeScalar(value: JsonScalar): string {
  if (typeof value === 'string') return `a string ("${value.length > 30 ? `${value.slice(0, 30)}…` : value}")`;
  if (typeof value === 'number') return `a number (${value})`;
  return String(value);
}

/** Finds where the records are and hands each record's events to the row builder. */
class RecordLocator implements JsonHandler {
  private top: 'array' | 'object' | undefined;
  private recordsDepth = -1;
  private features = false;
  private featureKey: string | undefined;
  private featureRow = false;
  private featureLine = 0;
  private pendingKey: string | undefined;
  private readonly topKeys: string[] = [];
  private recordCount = 0;
  private pathReported = false;
  private recordsOpen = false;

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
    if (depth === 1) {
      this.top = isArray ? 'array' : 'object';
      if (isArray) {
        this.recordsDepth = 1;
        this.recordsOpen = true;
      }
      return;
    }
    const key = this.pendingKey;
    if (this.recordsDepth < 0 && depth === 2 && isArray && key !== undefined && WRAPPER_KEYS.has(key)) {
      this.recordsDepth = 2;
      this.recordsOpen = true;
      this.features = key === 'features';
      if (!this.features)
        this.sink.report('json_records_path', { file: this.file, line: this.tok.tokenLine }, { path: key });
      return;
    }
    if (this.recordsDepth > 0 && depth === this.recordsDepth + 1) {
      this.recordCount++;
      if (isArray) {
        this.notObject('an array');
        return;
      }
      if (!this.features) {
        this.rows.begin(depth);
        return;
      }
      this.featureLine = this.tok.tokenLine;
      this.featureRow = false;
      this.featureKey = undefined;
      return;
    }
    const member = this.featureKey;
    if (this.features && depth === this.recordsDepth + 2 && !isArray && !this.featureRow) {
      if (member === 'attributes' || member === 'properties') {
        if (!this.pathReported) {
          this.pathReported = true;
          const path = `features[].${member}`;
          this.sink.report('json_records_path', { file: this.file, line: this.featureLine }, { path });
        }
        this.featureRow = true;
        this.rows.begin(depth);
        return;
      }
    }
    // Anything else (metadata, geometry, a second array) is skipped unread.
    this.tok.mute = depth - 1;
  }

  close(isArray: boolean, depth: number): void {
    if (this.rows.active) {
      this.rows.close(isArray, depth);
      return;
    }
    if (depth === 0 && this.top === 'object' && this.recordsDepth < 0) {
      const keys = this.topKeys.map((k) => `"${k}"`).join(', ');
      const found = keys === '' ? 'an empty object' : `an object with the keys ${keys}`;
      this.sink.report('json_not_table', { file: this.file, line: 1 }, { found });
    } else if (this.recordsOpen && depth === this.recordsDepth - 1) {
      this.recordsOpen = false;
      if (this.recordCount === 0) this.sink.report('no_records', { file: this.file, line: this.tok.tokenLine });
    } else if (this.features && depth === this.recordsDepth && !this.featureRow) {
      const found = 'a feature with no "attributes" or "properties" object';
      this.sink.report('json_not_object', { file: this.file, line: this.featureLine }, { found });
    }
  }

  key(name: string, depth: number): void {
    if (this.rows.active) {
      this.rows.key(name, depth);
      return;
    }
    if (depth === 1) {
      this.pendingKey = name;
      if (this.topKeys.length < 10) this.topKeys.push(name);
    } else if (this.features && depth === this.recordsDepth + 1) this.featureKey = name;
  }

  scalar(value: JsonScalar, numberText: string | undefined, depth: number): void {
    if (this.rows.active) {
      this.rows.scalar(value, numberText, depth);
      return;
    }
    if (depth === 0) {
      this.sink.report(
        'json_not_table',
        { file: this.file, line: this.tok.tokenLine },
        { found: describeScalar(value) },
      );
    } else if (depth === this.recordsDepth) {
      this.recordCount++;
      this.sink.report(
        'json_not_object',
        { file: this.file, line: this.tok.tokenLine },
        { found: describeScalar(value) },
      );
    }
  }

  overflow(): void {
    if (this.rows.active) this.rows.overflow();
  }

  private notObject(found: string): void {
    this.sink.report('json_not_object', { file: this.file, line: this.tok.tokenLine }, { found });
    this.tok.mute = this.recordsDepth;
  }
}

/** Reports a tokenizer error; returns false so the caller stops reading. */
export function reportJsonError(tok: JsonTokenizer, sink: FindingSink, file: string): boolean {
  const error = tok.error;
  if (error === undefined) return true;
  const location = { file, line: error.line };
  if (error.tooDeep) sink.report('json_depth_limit', location, { limit: tok.maxDepth, stopped: true });
  else
    sink.report('json_syntax_error', location, { found: error.found, expected: error.expected, column: error.column });
  return false;
}

/** Reads a JSON array of records (or a wrapper object around one) from decoded text. */
export function readJson(
  text: TextInput,
  source: { name: string },
  sink: FindingSink,
  limits: ReadLimits,
): Promise<TableSource> {
  const tok = new JsonTokenizer(limits.maxRecordChars, hardJsonDepth(limits));
  const builder = new RowBuilder(tok, sink, source.name, limits);
  tok.handler = new RecordLocator(tok, builder, sink, source.name);
  let blank = true;
  let badLine = 0;
  const feed: Feed = {
    push(chunk) {
      if (blank && chunk.length > 0) blank = false;
      // Bytes that are not valid UTF-8 were read as U+FFFD: said once per line, as for CSV. (Which
      // record holds them is not told apart on one line, so records are not counted as errors.)
      let from = 0;
      for (let at = chunk.indexOf('\uFFFD'); at !== -1; at = chunk.indexOf('\uFFFD', at + 1)) {
        tok.push(chunk.slice(from, at));
        from = at;
        if (tok.error !== undefined) break; // reading stops at the error: nothing after it is said
        if (tok.currentLine !== badLine) {
          badLine = tok.currentLine;
          // The context on the bad character's own line.
          const value = lineEnd(chunk.slice(Math.max(0, at - 40), at)) + lineStart(chunk.slice(at, at + 40));
          sink.report('invalid_utf8', { file: source.name, line: badLine, value });
        }
      }
      if (tok.error === undefined) tok.push(chunk.slice(from));
      if (tok.error === undefined) return true;
      builder.abort();
      return reportJsonError(tok, sink, source.name);
    },
    end() {
      tok.end();
      // Empty text is the decode stage's empty_file; text of only whitespace is a JSON error here.
      if (!tok.started && !blank) {
        const expected = 'a JSON array of records';
        sink.report(
          'json_syntax_error',
          { file: source.name, line: 1 },
          { found: 'only whitespace', expected, column: 1 },
        );
      }
      if (tok.error !== undefined) {
        builder.abort();
        reportJsonError(tok, sink, source.name);
      }
    },
  };
  return tableFromFeed(text, 'json', builder, feed);
}
