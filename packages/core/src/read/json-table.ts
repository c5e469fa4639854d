// Turns a push-style JSON feed into a pull-style `TableSource`: reads just enough text to fill the
// first batch (whose keys make the header), then reads on as the consumer asks for batches.
import type { DecodedText } from './decode.js';
import type { RowBuilder } from './json-rows.js';
import type { SourceFormat, SourceRow, TableSource } from './types.js';

/** What the JSON readers need of the decode stage's output (tests build it from strings). */
export type TextInput = Pick<DecodedText, 'chunks' | 'bytesRead'> &
  Partial<Pick<DecodedText, 'encoding' | 'compressed'>>;

/** Takes text in; `push` returns false when reading must stop (a fatal error was reported). */
export interface Feed {
  push(chunk: string): boolean;
  end(): void;
}

/** Rows per batch; the first batch is also the sample whose keys form the initial header. */
export const JSON_BATCH_ROWS = 500;

export async function tableFromFeed(
  text: TextInput,
  format: SourceFormat,
  builder: RowBuilder,
  feed: Feed,
): Promise<TableSource> {
  const input = text.chunks[Symbol.asyncIterator]();
  let done = false;

  const fill = async (): Promise<void> => {
    while (!done && builder.rows.length < JSON_BATCH_ROWS) {
      const next = await input.next();
      if (next.done) {
        done = true;
        feed.end();
      } else if (!feed.push(next.value)) {
        done = true;
        await input.return?.();
      }
    }
  };

  await fill();
  builder.freeze();
  const header = builder.header;
  // Rows read before a later key of the sample was seen are padded to the sample's header.
  for (const row of builder.rows) while (row.cells.length < header.length) row.cells.push(null);

  async function* batches(): AsyncGenerator<SourceRow[]> {
    try {
      while (true) {
        await fill();
        if (builder.rows.length === 0) return;
        const batch = builder.rows;
        builder.rows = [];
        yield batch;
      }
    } finally {
      if (!done) {
        done = true;
        await input.return?.();
      }
    }
  }

  const info: TableSource['info'] = { format };
  if (text.encoding !== undefined) info.encoding = text.encoding;
  if (text.compressed !== undefined) info.compressed = text.compressed;
  return {
    info,
    header,
    headerLine: builder.rows[0]?.line ?? 1,
    batches: batches(),
    bytesRead: () => text.bytesRead(),
  };
}
