import { describe, expect, it } from 'vitest';
import { escapeInlineScript } from '../build/single-file.js';
import { downloadName, formatBytes, progressShare, progressText } from '../src/ui/format.js';

describe('page words', () => {
  it('formats sizes in decimal units', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(27_894)).toBe('27.9 KB');
    expect(formatBytes(104_857_600)).toBe('105 MB');
  });

  it('describes progress with and without a known size', () => {
    expect(progressText({ rows: 1234, bytesRead: 2_000_000, totalBytes: 4_000_000 })).toBe(
      '1,234 rows checked, 2.0 MB of 4.0 MB read',
    );
    expect(progressShare({ rows: 1, bytesRead: 5, totalBytes: 4 })).toBe(1);
    expect(progressShare({ rows: 1, bytesRead: 5 })).toBeUndefined();
  });

  it('names downloads after the data file', () => {
    expect(downloadName('dallas-2013.csv', 'policedata-report.html')).toBe('dallas-2013.policedata-report.html');
    expect(downloadName('stops.csv.gz', 'normalized.csv')).toBe('stops.normalized.csv');
    expect(downloadName('.csv', 'mapping.yaml')).toBe('dataset.mapping.yaml');
  });
});

describe('the single-file build', () => {
  it('keeps inline code from closing its script element', () => {
    const code =
      'const a = "</script><!-- x"; const b = `</SCRIPT>`; const c = /<\\/script>/; return [a, b, c.source];';
    const escaped = escapeInlineScript(code);
    expect(escaped).not.toMatch(/<\/script/i);
    expect(escaped).not.toContain('<!--');
    // The escapes mean the same characters inside strings, template literals and regular expressions.
    const values = (source: string) => new Function(source)() as string[];
    expect(values(escaped)).toEqual(values(code));
    expect(values(code)[0]).toBe('</script><!-- x');
  });
});
