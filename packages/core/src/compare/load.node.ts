// Reads what a comparison needs from disk: the manifest (or a folder of dataset descriptors), the
// descriptors and mapping files it names, and which data files each source has. File patterns are
// expanded by the caller's `expand` (the CLI's globbing); without one, paths are taken literally.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ManifestError, MappingError, PolicedataError, type Problem } from '../errors.js';
import { type MappingFile, parseMapping } from '../mapping/mapping-file.js';
import {
  checkSourceType,
  type DatasetDescriptor,
  type ManifestSource,
  parseDescriptor,
  parseManifest,
  type RelativePath,
  type ResolvedSource,
  resolveSource,
} from './manifest.js';

export interface InputFile {
  /** Where to read it. */
  path: string;
  /** As shown to the reader: relative to `shownFrom`. */
  name: string;
}

/** Expands paths or globs relative to `base`, naming files relative to `shownFrom`; throws for none. */
export type ExpandFiles = (patterns: readonly string[], base: string, shownFrom: string) => Promise<InputFile[]>;

export interface PlannedSource {
  /** Where the source is declared: `manifest.yaml:12:5`, or the descriptor's name. */
  where: string;
  source: ResolvedSource;
  datasetType: string;
  files: InputFile[];
  mapping?: { file: MappingFile; name: string };
}

export interface ComparisonPlan {
  title?: string;
  sources: PlannedSource[];
}

export interface PlanOptions {
  /** Folder names are shown relative to (default: the working directory). */
  shownFrom?: string;
  expand?: ExpandFiles;
}

const literalFiles: ExpandFiles = async (patterns, base, shownFrom) =>
  patterns.map((pattern) => {
    const path = resolve(base, pattern);
    if (!existsSync(path)) {
      throw new PolicedataError(`no such file: ${relative(shownFrom, path)}. Check the path in the manifest.`);
    }
    return { path, name: relative(shownFrom, path) };
  });

function readText(path: string, shown: string, what: string, where: string, file: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, not a file' : `cannot read it (${code})`;
    throw new ManifestError(file, [
      { where, message: `${what} ${shown}: ${why}. Check the path (relative to the file that names it).` },
    ]);
  }
}

async function planSource(
  entry: ManifestSource,
  descriptor: { data: DatasetDescriptor; dir: string } | undefined,
  context: { file: string; where: string; manifestDir: string; shownFrom: string; expand: ExpandFiles },
): Promise<PlannedSource> {
  const { file, where, manifestDir, shownFrom, expand } = context;
  const resolved = resolveSource(entry, descriptor?.data, file, where);
  const baseOf = (path: RelativePath) => (path.from === 'descriptor' && descriptor ? descriptor.dir : manifestDir);
  let mapping: PlannedSource['mapping'];
  if (resolved.mapping) {
    const path = resolve(baseOf(resolved.mapping), resolved.mapping.path);
    const name = relative(shownFrom, path);
    mapping = { file: parseMapping(readText(path, name, 'mapping file', where, file), name), name };
  }
  const datasetType = checkSourceType(resolved, mapping?.file.type, file, where);
  const files: InputFile[] = [];
  for (const pattern of resolved.files) {
    try {
      for (const found of await expand([pattern.path], baseOf(pattern), shownFrom))
        if (!files.some((known) => known.path === found.path)) files.push(found);
    } catch (error) {
      throw new ManifestError(file, [{ where, message: (error as Error).message }]);
    }
  }
  return { where, source: resolved, datasetType, files, ...(mapping ? { mapping } : {}) };
}

/** Reads a manifest, or a folder of dataset descriptors that each name their `data` file. */
export async function planComparison(target: string, options: PlanOptions = {}): Promise<ComparisonPlan> {
  const shownFrom = options.shownFrom ?? process.cwd();
  const expand = options.expand ?? literalFiles;
  const shown = relative(shownFrom, target) || target;
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(target);
  } catch {
    throw new PolicedataError(
      `no such manifest or folder: ${shown}. Give a manifest (.yaml or .json) or a folder of dataset descriptors.`,
    );
  }
  if (stats.isDirectory()) {
    const names = readdirSync(target)
      .filter((name) => name.toLowerCase().endsWith('.json'))
      .sort();
    if (names.length === 0) {
      throw new PolicedataError(
        `${shown} holds no dataset descriptors (.json files). Give a manifest, or a folder of descriptors.`,
      );
    }
    const sources: PlannedSource[] = [];
    for (const name of names) {
      const path = join(target, name);
      const file = relative(shownFrom, path);
      const data = parseDescriptor(readText(path, file, 'descriptor', file, file), file);
      if (!data.data) {
        throw new ManifestError(
          file,
          [
            {
              where: file,
              message: 'this descriptor does not name its data file: add "data" (a path relative to the descriptor).',
            },
          ],
          'dataset descriptor',
        );
      }
      sources.push(
        await planSource(
          { descriptor: name },
          { data, dir: target },
          { file, where: file, manifestDir: target, shownFrom, expand },
        ),
      );
    }
    return { sources };
  }
  const { manifest, sourceAt } = parseManifest(readText(target, shown, 'manifest', shown, shown), shown);
  const manifestDir = dirname(target);
  const sources: PlannedSource[] = [];
  // Every source is checked before any is reported: one run lists every missing file, descriptor or
  // mapping (and every mistake in them), not the first of them.
  const problems: Problem[] = [];
  for (const [index, entry] of manifest.sources.entries()) {
    const where = sourceAt[index] ?? shown;
    try {
      let descriptor: { data: DatasetDescriptor; dir: string } | undefined;
      if (entry.descriptor) {
        const path = resolve(manifestDir, entry.descriptor);
        const name = relative(shownFrom, path);
        descriptor = {
          data: parseDescriptor(readText(path, name, 'descriptor', where, shown), name),
          dir: dirname(path),
        };
      }
      sources.push(await planSource(entry, descriptor, { file: shown, where, manifestDir, shownFrom, expand }));
    } catch (error) {
      if (error instanceof ManifestError || error instanceof MappingError) problems.push(...error.problems);
      else if (error instanceof PolicedataError) problems.push({ where, message: error.message });
      else throw error;
    }
  }
  if (problems.length > 0) throw new ManifestError(shown, problems);
  return { ...(manifest.title ? { title: manifest.title } : {}), sources };
}
