// A file name as a URI reference for machine-readable reports (SARIF): relative to the working
// directory with forward slashes, each segment percent-encoded; absolute paths elsewhere as file URIs.
// String operations only, so it runs in a browser too.

const DRIVE = /^[A-Za-z]:\//;

const slashes = (path: string) => path.replace(/\\/g, '/');
const isAbsolute = (path: string) => path.startsWith('/') || DRIVE.test(path);
const segments = (path: string) => path.split('/').filter((segment) => segment !== '' && segment !== '.');
const encode = (parts: readonly string[]) => parts.map((part) => encodeURIComponent(part)).join('/');

/** `path` relative to `base` (both absolute, forward slashes), or undefined across Windows drives. */
function relativeTo(base: string, path: string): string[] | undefined {
  const from = segments(base);
  const to = segments(path);
  if (DRIVE.test(base) !== DRIVE.test(path) || (DRIVE.test(path) && from[0]?.toLowerCase() !== to[0]?.toLowerCase()))
    return undefined;
  let common = 0;
  while (common < from.length && common < to.length && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)];
}

/** The URI of a report's file; `cwd` turns absolute names into paths relative to it. */
export function artifactUri(name: string, cwd?: string): string {
  const path = slashes(name);
  if (!isAbsolute(path)) return encode(segments(path)) || '.';
  const relative = cwd !== undefined ? relativeTo(slashes(cwd), path) : undefined;
  if (relative) return encode(relative) || '.';
  return `file:///${encode(segments(path)).replace(/^([A-Za-z])%3A/, '$1:')}`;
}
