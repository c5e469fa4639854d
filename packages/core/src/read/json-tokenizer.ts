// A streaming JSON tokenizer: text chunks in, events out, with the line and column of every token.
// It is iterative (an explicit stack of container kinds, never recursion), so nesting cannot overflow
// the call stack, and it never keeps more than `maxTokenChars` of one string or number, so a single
// huge value cannot exhaust memory. A handler may "mute" everything below a depth to skip a value
// without storing it (the tokenizer still checks its syntax).

export type JsonScalar = string | number | boolean | null;

export interface JsonHandler {
  /** `{` or `[` was read; `depth` is the depth after opening (1 for a top-level container). */
  open(isArray: boolean, depth: number): void;
  /** `}` or `]` was read; `depth` is the depth after closing. */
  close(isArray: boolean, depth: number): void;
  key(name: string, depth: number): void;
  /** `numberText` is the number as written, so callers can keep digits a double would lose. */
  scalar(value: JsonScalar, numberText: string | undefined, depth: number): void;
  /** A string or number grew past `maxTokenChars`; nothing more of it is kept and no event follows for it. */
  overflow(): void;
}

export interface JsonSyntaxError {
  line: number;
  column: number;
  found: string;
  expected: string;
  /** Nesting went past the tokenizer's hard depth; reading cannot go on. */
  tooDeep: boolean;
}

// What the next token may be.
const VALUE = 0; // a value (top level or after ':')
const ARRAY_FIRST = 1; // after '[': a value or ']'
const ARRAY_NEXT = 2; // after ',' in an array: a value
const OBJECT_FIRST = 3; // after '{': a key or '}'
const OBJECT_NEXT = 4; // after ',' in an object: a key
const COLON = 5;
const AFTER = 6; // after a value inside a container: ',' or the closer
const END = 7; // after the top-level value: only whitespace

// The token being read (it may span chunks).
const NONE = 0;
const STRING = 1;
const NUMBER = 2;
const LITERAL = 3;

const NUMBER_RE = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const VALUE_EXPECTED = 'a value (an object, array, string, number, true, false or null)';

const IGNORE: JsonHandler = { open() {}, close() {}, key() {}, scalar() {}, overflow() {} };

function isNumberChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e || c === 0x65 || c === 0x45;
}

function describe(chunk: string, i: number): string {
  const ch = chunk[i];
  if (ch === undefined) return 'the end of the input';
  const c = ch.charCodeAt(0);
  if (c === 0x0a || c === 0x0d) return 'a line break';
  if (c < 0x20 || (c >= 0x7f && c <= 0xa0) || c === 0xfeff)
    return `the character U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  return `'${ch}'`;
}

export class JsonTokenizer {
  /** Events for tokens deeper than this are not delivered and strings there are not stored. */
  mute = Number.POSITIVE_INFINITY;
  error: JsonSyntaxError | undefined;
  /** Whether any non-whitespace character has been read. */
  started = false;
  /** Line and column (1-based) where the current token starts. */
  tokenLine = 1;
  tokenColumn = 1;
  /** Absolute character offset of the current token's start, for record-size checks. */
  tokenOffset = 0;
  depth = 0;

  private line = 1;
  private lineStart = 0;
  /** The last chunk ended in CR: the next character says whether it ended a line (see push). */
  private pendingCR = false;

  /** The line (1-based) of the next character to be read. */
  get currentLine(): number {
    return this.line;
  }
  private offset = 0;
  private state = VALUE;
  private readonly kinds: Uint8Array; // 1 = array, 0 = object
  private tok = NONE;
  private isKey = false;
  private storing = true;
  private text = '';
  private textLength = 0;
  private escape = 0; // 0 none, 1 after '\', 2..5 reading \u hex digits
  private hex = '';
  private literal = '';
  private literalPos = 0;

  /** Receives the events; set it before the first `push`. */
  handler: JsonHandler = IGNORE;

  constructor(
    private readonly maxTokenChars: number,
    /** Hard nesting limit: past it the tokenizer stops with `tooDeep` (the stack is a fixed buffer). */
    readonly maxDepth: number,
    /** Words for where the input ends ("the end of the file", "the end of the line"). */
    private readonly endName = 'the end of the file',
  ) {
    this.kinds = new Uint8Array(maxDepth + 1);
  }

  /** Starts over for a new document (NDJSON: one per line) whose first character is at `line`, column 1. */
  reset(line: number): void {
    this.mute = Number.POSITIVE_INFINITY;
    this.error = undefined;
    this.started = false;
    this.depth = 0;
    this.line = line;
    this.lineStart = 0;
    this.pendingCR = false;
    this.offset = 0;
    this.state = VALUE;
    this.tok = NONE;
    this.text = '';
  }

  push(chunk: string): void {
    const n = chunk.length;
    let i = 0;
    if (this.pendingCR && n > 0) {
      // The last chunk ended in CR: alone (not CRLF), it ended a line.
      this.pendingCR = false;
      if (chunk.charCodeAt(0) !== 0x0a) {
        this.line++;
        this.lineStart = this.offset;
      }
    }
    while (i < n && this.error === undefined) {
      if (this.tok === STRING) i = this.readString(chunk, i);
      else if (this.tok === NUMBER) i = this.readNumber(chunk, i);
      else if (this.tok === LITERAL) i = this.readLiteral(chunk, i);
      else {
        const c = chunk.charCodeAt(i);
        if (c === 0x20 || c === 0x09) i++;
        else if (c === 0x0d) {
          // A lone CR ends a line (old Mac files); a CRLF is counted at its LF.
          if (i + 1 >= n) this.pendingCR = true;
          else if (chunk.charCodeAt(i + 1) !== 0x0a) {
            this.line++;
            this.lineStart = this.offset + i + 1;
          }
          i++;
        } else if (c === 0x0a) {
          this.line++;
          this.lineStart = this.offset + i + 1;
          i++;
        } else {
          this.startToken(i);
          i = this.token(chunk, i, c);
        }
      }
    }
    this.offset += n;
  }

  /** Marks the end of the input: a token or container still open is an error. */
  end(): void {
    if (this.error !== undefined) return;
    if (this.tok === NUMBER) this.finishNumber();
    if (this.error !== undefined || !this.started) return;
    if (this.tok === STRING) {
      this.fail('', 0, this.isKey ? "'\"' to close the key" : "'\"' to close the string");
      return;
    }
    if (this.tok === LITERAL) {
      this.fail('', 0, `'${this.literal}'`);
      return;
    }
    if (this.state !== END) this.fail('', 0, this.expected(''));
  }

  private startToken(i: number): void {
    this.started = true;
    this.tokenLine = this.line;
    this.tokenOffset = this.offset + i;
    this.tokenColumn = this.tokenOffset - this.lineStart + 1;
  }

  private token(chunk: string, i: number, c: number): number {
    const state = this.state;
    if (state === VALUE || state === ARRAY_FIRST || state === ARRAY_NEXT) {
      if (c === 0x7b || c === 0x5b) return this.open(chunk, i, c === 0x5b);
      if (c === 0x22) return this.beginString(false, i);
      if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
        // Numbers are kept even when muted (they are short) so their syntax is still checked.
        this.tok = NUMBER;
        this.text = '';
        this.textLength = 0;
        this.storing = true;
        return i;
      }
      if (c === 0x74 || c === 0x66 || c === 0x6e) {
        this.tok = LITERAL;
        this.literal = c === 0x74 ? 'true' : c === 0x66 ? 'false' : 'null';
        this.literalPos = 0;
        return i;
      }
      if (c === 0x5d && state === ARRAY_FIRST) return this.close(i, true);
    } else if (state === OBJECT_FIRST || state === OBJECT_NEXT) {
      if (c === 0x22) return this.beginString(true, i);
      if (c === 0x7d && state === OBJECT_FIRST) return this.close(i, false);
    } else if (state === COLON) {
      if (c === 0x3a) {
        this.state = VALUE;
        return i + 1;
      }
    } else if (state === AFTER) {
      const inArray = this.kinds[this.depth] === 1;
      if (c === 0x2c) {
        this.state = inArray ? ARRAY_NEXT : OBJECT_NEXT;
        return i + 1;
      }
      if (c === (inArray ? 0x5d : 0x7d)) return this.close(i, inArray);
    }
    this.fail(chunk, i, this.expected(chunk[i] ?? ''));
    return i;
  }

  private expected(found: string): string {
    switch (this.state) {
      case ARRAY_FIRST:
        return `${VALUE_EXPECTED} or ']'`;
      case ARRAY_NEXT:
        return found === ']' ? `${VALUE_EXPECTED} (a comma before ']' is not allowed)` : VALUE_EXPECTED;
      case OBJECT_FIRST:
        return "a key in double quotes or '}'";
      case OBJECT_NEXT:
        return found === '}' ? "a key in double quotes (a comma before '}' is not allowed)" : 'a key in double quotes';
      case COLON:
        return "':' after the key";
      case AFTER:
        return this.kinds[this.depth] === 1 ? "',' or ']'" : "',' or '}'";
      case END:
        return this.endName;
      default:
        return VALUE_EXPECTED;
    }
  }

  private open(chunk: string, i: number, isArray: boolean): number {
    if (this.depth >= this.maxDepth) {
      this.fail(chunk, i, `at most ${this.maxDepth} levels of nesting`);
      if (this.error) this.error.tooDeep = true;
      return i;
    }
    this.depth++;
    this.kinds[this.depth] = isArray ? 1 : 0;
    this.state = isArray ? ARRAY_FIRST : OBJECT_FIRST;
    if (this.depth <= this.mute) this.handler.open(isArray, this.depth);
    return i + 1;
  }

  private close(i: number, isArray: boolean): number {
    this.depth--;
    this.state = this.depth === 0 ? END : AFTER;
    if (this.depth <= this.mute) {
      if (this.depth === this.mute) this.mute = Number.POSITIVE_INFINITY;
      this.handler.close(isArray, this.depth);
    }
    return i + 1;
  }

  private beginString(isKey: boolean, i: number): number {
    this.tok = STRING;
    this.isKey = isKey;
    this.text = '';
    this.textLength = 0;
    this.escape = 0;
    this.storing = this.depth <= this.mute;
    return i + 1;
  }

  private append(s: string): void {
    if (!this.storing) return;
    this.textLength += s.length;
    if (this.textLength > this.maxTokenChars) {
      this.storing = false;
      this.text = '';
      this.handler.overflow();
      return;
    }
    this.text += s;
  }

  private readString(chunk: string, start: number): number {
    const n = chunk.length;
    let i = start;
    while (i < n) {
      if (this.escape !== 0) {
        i = this.readEscape(chunk, i);
        if (this.error !== undefined) return i;
        continue;
      }
      let j = i;
      let c = 0;
      while (j < n) {
        c = chunk.charCodeAt(j);
        if (c === 0x22 || c === 0x5c || c < 0x20) break;
        j++;
      }
      if (j > i) this.append(chunk.slice(i, j));
      if (j === n) return n;
      if (c === 0x22) {
        this.finishString();
        return j + 1;
      }
      if (c === 0x5c) {
        this.escape = 1;
        i = j + 1;
        continue;
      }
      const what = c === 0x0a || c === 0x0d ? 'a line break' : 'a control character';
      this.fail(chunk, j, `'"' to close the string before ${what} (write it as an escape such as \\n)`);
      return j;
    }
    return i;
  }

  private readEscape(chunk: string, i: number): number {
    const ch = chunk[i] ?? '';
    if (this.escape === 1) {
      const mapped = ESCAPES[ch];
      if (mapped !== undefined) {
        this.escape = 0;
        this.append(mapped);
      } else if (ch === 'u') {
        this.escape = 2;
        this.hex = '';
      } else this.fail(chunk, i, 'an escape sequence (\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX)');
      return i + 1;
    }
    if (!/[0-9a-fA-F]/.test(ch)) {
      this.fail(chunk, i, 'a hexadecimal digit in a \\uXXXX escape');
      return i;
    }
    this.hex += ch;
    if (this.hex.length === 4) {
      this.escape = 0;
      this.append(String.fromCharCode(Number.parseInt(this.hex, 16)));
    }
    return i + 1;
  }

  private finishString(): void {
    this.tok = NONE;
    const { text, storing } = this;
    this.text = '';
    if (this.isKey) {
      this.state = COLON;
      if (storing && this.depth <= this.mute) this.handler.key(text, this.depth);
    } else this.valueDone(storing ? text : undefined, undefined);
  }

  private readNumber(chunk: string, start: number): number {
    const n = chunk.length;
    let j = start;
    while (j < n && isNumberChar(chunk.charCodeAt(j))) j++;
    if (j > start) this.append(chunk.slice(start, j));
    if (j < n) this.finishNumber();
    return j;
  }

  private finishNumber(): void {
    this.tok = NONE;
    const text = this.text;
    this.text = '';
    if (!this.storing) {
      this.valueDone(undefined, undefined);
      return;
    }
    if (!NUMBER_RE.test(text)) {
      // Point at the number's start: the whole token is what is wrong.
      this.error = {
        line: this.tokenLine,
        column: this.tokenColumn,
        found: `'${text.slice(0, 40)}'`,
        expected: 'a number such as 12, -3.5 or 1e6 (no leading zeros, + signs or trailing dots)',
        tooDeep: false,
      };
      return;
    }
    this.valueDone(Number(text), text);
  }

  private readLiteral(chunk: string, start: number): number {
    const n = chunk.length;
    let i = start;
    const word = this.literal;
    while (i < n && this.literalPos < word.length) {
      if (chunk[i] !== word[this.literalPos]) {
        this.fail(chunk, i, this.literalPos === 0 ? VALUE_EXPECTED : `'${word}'`);
        return i;
      }
      i++;
      this.literalPos++;
    }
    if (this.literalPos === word.length) {
      this.tok = NONE;
      this.valueDone(word === 'true' ? true : word === 'false' ? false : null, undefined);
    }
    return i;
  }

  /** `value` is undefined when the token was not stored (muted or overflowed): no event then. */
  private valueDone(value: JsonScalar | undefined, numberText: string | undefined): void {
    this.state = this.depth === 0 ? END : AFTER;
    if (value !== undefined && this.depth <= this.mute) this.handler.scalar(value, numberText, this.depth);
  }

  private fail(chunk: string, i: number, expected: string): void {
    const atEnd = i >= chunk.length;
    // Positions inside the current chunk are exact; at the end of input, point just past the last character.
    const absolute = atEnd ? this.offset + chunk.length : this.offset + i;
    const found = atEnd ? this.endName : describe(chunk, i);
    this.error = { line: this.line, column: absolute - this.lineStart + 1, found, expected, tooDeep: false };
  }
}
