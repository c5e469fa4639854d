// Errors a user can cause before any row is read (a mapping file with typos, an unknown dataset
// type). They carry every problem found, each with its place, so a person can fix them in one pass.
// Findings about the data itself are never thrown: they go in the report.

export class PolicedataError extends Error {
  override name = 'PolicedataError';
}

export interface Problem {
  /** Where: `mapping.yaml:12:5` or a field path. */
  where: string;
  message: string;
}

function listProblems(file: string, what: string, problems: readonly Problem[]): string {
  return `${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'} in the ${what}:\n${problems
    .map((problem) => `  ${problem.where}: ${problem.message}`)
    .join('\n')}`;
}

export class MappingError extends PolicedataError {
  override name = 'MappingError';
  constructor(
    readonly file: string,
    readonly problems: Problem[],
  ) {
    super(listProblems(file, 'mapping file', problems));
  }
}

/** A comparison manifest (or a dataset descriptor it names) with mistakes, each at its line and column. */
export class ManifestError extends PolicedataError {
  override name = 'ManifestError';
  constructor(
    readonly file: string,
    readonly problems: Problem[],
    what = 'comparison manifest',
  ) {
    super(listProblems(file, what, problems));
  }
}

export class UnknownDatasetTypeError extends PolicedataError {
  override name = 'UnknownDatasetTypeError';
}
