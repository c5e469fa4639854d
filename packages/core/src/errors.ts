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

export class MappingError extends PolicedataError {
  override name = 'MappingError';
  constructor(
    readonly file: string,
    readonly problems: Problem[],
  ) {
    super(
      `${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'} in the mapping file:\n${problems
        .map((problem) => `  ${problem.where}: ${problem.message}`)
        .join('\n')}`,
    );
  }
}

export class UnknownDatasetTypeError extends PolicedataError {
  override name = 'UnknownDatasetTypeError';
}
