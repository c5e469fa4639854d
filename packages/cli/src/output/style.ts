// Terminal colours through chalk. Colours are on only when stdout is a terminal, and off with
// NO_COLOR (https://no-color.org) or --no-color; FORCE_COLOR or --color turn them on when piped.
import { PLAIN_STYLE, type TextStyle } from '@policedata/core';
import { Chalk, supportsColor } from 'chalk';
import type { Io, OutStream } from '../io.js';

/** `flag` is the `--color` / `--no-color` option when given; `stream` the one written to. */
export function colourEnabled(io: Io, flag: boolean | undefined, stream: OutStream = io.stdout): boolean {
  if (flag === false) return false;
  const noColor = io.env.NO_COLOR;
  if (noColor !== undefined && noColor !== '') return false;
  if (flag === true) return true;
  const force = io.env.FORCE_COLOR;
  if (force === '0' || force === 'false') return false;
  if (force !== undefined && force !== '') return true;
  return stream.isTTY === true;
}

export function textStyle(enabled: boolean): TextStyle {
  if (!enabled) return PLAIN_STYLE;
  const chalk = new Chalk({ level: supportsColor ? supportsColor.level : 1 });
  return {
    error: chalk.red,
    warning: chalk.yellow,
    info: chalk.cyan,
    ok: chalk.green,
    bold: chalk.bold,
    dim: chalk.dim,
  };
}
