// The page around the scorecard and the report diff: the HTML report's stylesheet and policy (no
// script, nothing loaded from the network, works when opened from disk), plus the compare styles.
import { text } from '../report/html/markup.js';
import { HTML_STYLES } from '../report/html/styles.js';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** Shares of valid rows in five bands; each band's text keeps a contrast of 4.5:1 on its fill. */
export const BANDS = [
  { from: 0.95, fill: '#abefc6', ink: '#053321', label: '95% or more' },
  { from: 0.8, fill: '#d1fadf', ink: '#05603a', label: '80 to 95%' },
  { from: 0.5, fill: '#fef0c7', ink: '#7a2e0e', label: '50 to 80%' },
  { from: 0, fill: '#fee4e2', ink: '#912018', label: 'under 50%' },
] as const;

export function bandOf(share: number) {
  return BANDS.find((band) => share >= band.from) ?? (BANDS[BANDS.length - 1] as (typeof BANDS)[number]);
}

const COMPARE_STYLES = `
table.coverage td{white-space:nowrap}
table.coverage th[scope=row],table.coverage th[scope=row] code{white-space:nowrap;word-break:normal}
table.coverage thead th{white-space:normal;vertical-align:bottom}
table.matrix td{min-width:12em}
table.coverage{border:1px solid var(--line)}
table.coverage td.num{min-width:6.5em}
td.np{background:repeating-linear-gradient(135deg,#f6f7f9 0 5px,#e4e7ec 5px 7px);color:var(--muted);text-align:center}
td.na{color:var(--muted);text-align:center}
tr.focus th[scope=row]{font-weight:700}
tr.focus th[scope=row]::after{content:" ★";color:#b54708}
.xw{display:block;font-size:.78rem;font-weight:700;color:#912018}
.entry{display:block;padding:2px 0}
.entry+.entry{border-top:1px dashed var(--line)}
figure{margin:0 0 1.2em;background:var(--card);border:1px solid var(--line);border-radius:10px;padding:12px 16px}
figcaption{font-weight:600;margin-bottom:.4em}
svg text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
.change{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:4px 18px 12px;margin-bottom:1.2em}
.st-new,.st-more{color:var(--err);font-weight:700}.st-fixed,.st-fewer{color:var(--ok);font-weight:700}
code.value,.nowrap{white-space:nowrap}
.scroll+h3,.scroll+h4,table+h3,table+h4{margin-top:1.6em}
@media print{figure,.change,table{break-inside:avoid}td.np{background:none}}
`;

export function page(title: string, brand: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${text(`policedata ${brand}: ${title}`, 200)}</title>
<style>${HTML_STYLES}${COMPARE_STYLES}</style>
</head>
<body>
<header class="page">
<p class="brand">policedata ${text(brand)}</p>
<h1>${text(title, 200)}</h1>
</header>
<main>
${body}
</main>
<footer class="page"><p>Made by <strong>policedata</strong>, a shared data standard for police open data. This page needs no network connection and runs no scripts.</p></footer>
</body>
</html>
`;
}
