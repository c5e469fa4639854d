// Cuts decoded CSV text into parts that begin and end on row boundaries, so that workers can
// tokenize the parts independently and get exactly the rows one pass would. A boundary is a line
// feed outside quotes. Whether a quote opens a quoted cell follows the tokenizer's rule (only as a
// cell's first character; elsewhere it is a stray quote, kept as text), so stray quotes do not
// throw the count off. Only quotes and line feeds are visited, with indexOf, so cutting costs a
// small fraction of tokenizing. Each part carries the physical line it starts on.

const LF = 10;
const CR = 13;
/**
 * Pieces are kept under V8's large-object size (about 128 KB): a part's text is then short-lived
 * small strings, freed by the cheap young-generation collector once the part is read.
 */
export const PIECE_CHARS = 32 * 1024;

export interface TextPart {
  /** The part's text, in pieces of at most PIECE_CHARS (small strings are cheap to collect). */
  texts: string[];
  /** Physical line (1-based) of the part's first character. */
  line: number;
}

export interface ChunkerOptions {
  delimiter: string;
  /** Quote character; '' when quoting is off. */
  quote: string;
  /** Physical line of the first character pushed. */
  firstLine: number;
  /** A part ends at the first boundary after this many characters. */
  targetChars: number;
  /** No boundary within this many characters (an unterminated quote, a huge cell): stop cutting. */
  maxChars: number;
}

/**
 * Physical lines in text that starts a row, given in pieces: line feeds, plus carriage returns not
 * followed by a line feed (which may start the next piece).
 */
export function countLines(texts: readonly string[]): number {
  let lines = 0;
  texts.forEach((text, index) => {
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
    for (let at = text.indexOf('\r'); at !== -1; at = text.indexOf('\r', at + 1)) {
      const next = at + 1 < text.length ? text.charCodeAt(at + 1) : texts[index + 1]?.charCodeAt(0);
      if (next !== LF) lines++;
    }
  });
  return lines;
}

export class RowChunker {
  /** True once no boundary was found within `maxChars`: the rest must be read in one pass. */
  overflow = false;
  /** Text of the current part, in the pieces it arrived in (joined once, when the part is cut). */
  private pieces: string[] = [];
  private chars = 0;
  private line: number;
  private readonly d: number;
  private readonly q: number;
  private readonly quote: string;
  // Scanner state at the end of the pieces scanned so far.
  private quoted = false;
  /** Inside quotes, the last piece ended with a quote: the next character decides what it was. */
  private pendingQuote = false;
  /** The character before the next piece (a line feed at the start of a part: a row starts there). */
  private previous = LF;

  constructor(private readonly options: ChunkerOptions) {
    this.line = options.firstLine;
    this.d = options.delimiter.charCodeAt(0);
    this.quote = options.quote;
    this.q = options.quote === '' ? -1 : options.quote.charCodeAt(0);
  }

  /** Adds decoded text; returns the parts it completes, in order. */
  push(text: string): TextPart[] {
    if (this.overflow) throw new Error('RowChunker: push after overflow');
    const parts: TextPart[] = [];
    let piece = text;
    while (piece !== '') {
      const end = this.scan(piece);
      if (end === -1) {
        this.keep(piece);
        if (this.chars > this.options.maxChars) this.overflow = true;
        break;
      }
      this.keep(piece.slice(0, end));
      parts.push(this.cut());
      piece = piece.slice(end);
    }
    return parts;
  }

  /** The input has ended: the text left over, as the last part (empty when nothing is left). */
  end(): TextPart {
    return this.cut();
  }

  /** After an overflow: the text not yet handed out, and the line it starts on. */
  rest(): TextPart {
    const part = { texts: this.pieces, line: this.line };
    this.pieces = [];
    this.chars = 0;
    return part;
  }

  private keep(piece: string): void {
    for (let at = 0; at < piece.length; at += PIECE_CHARS) this.pieces.push(piece.slice(at, at + PIECE_CHARS));
    this.chars += piece.length;
  }

  private cut(): TextPart {
    const part = { texts: this.pieces, line: this.line };
    this.line += countLines(this.pieces);
    this.pieces = [];
    this.chars = 0;
    this.quoted = false;
    this.pendingQuote = false;
    this.previous = LF;
    return part;
  }

  /**
   * Scans the next piece of the current part; returns the offset just after the first row end at
   * or past `targetChars` into the part, or -1 (the scanner state then covers the whole piece).
   */
  private scan(s: string): number {
    const n = s.length;
    const { q, d } = this;
    const from = Math.max(0, this.options.targetChars - 1 - this.chars);
    let i = 0;
    let quoted = this.quoted;
    if (this.pendingQuote) {
      this.pendingQuote = false;
      if (s.charCodeAt(0) === q)
        i = 1; // a doubled quote: still inside
      else quoted = false;
    }
    let nextQuote = -2;
    let nextFeed = -2;
    for (;;) {
      if (quoted) {
        const close = s.indexOf(this.quote, i);
        if (close === -1) break;
        // A quote as the last character may be the first of a doubled pair: the next piece decides.
        if (close === n - 1) {
          this.pendingQuote = true;
          break;
        }
        if (s.charCodeAt(close + 1) === q) i = close + 2;
        else {
          quoted = false;
          i = close + 1;
        }
        continue;
      }
      if (nextFeed !== -1 && nextFeed < Math.max(i, from)) nextFeed = s.indexOf('\n', Math.max(i, from));
      if (q >= 0 && nextQuote !== -1 && nextQuote < i) nextQuote = s.indexOf(this.quote, i);
      if (nextQuote >= 0 && (nextQuote < nextFeed || nextFeed === -1)) {
        const before = nextQuote === 0 ? this.previous : s.charCodeAt(nextQuote - 1);
        // At a cell's start the quote opens a quoted cell; elsewhere it is text.
        if (before === d || before === LF || before === CR) quoted = true;
        i = nextQuote + 1;
        continue;
      }
      if (nextFeed !== -1) return nextFeed + 1;
      break;
    }
    this.quoted = quoted;
    this.previous = s.charCodeAt(n - 1);
    return -1;
  }
}
