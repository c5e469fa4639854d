// The HTML report's stylesheet, inlined into the page. System fonts only: nothing is fetched.
// Colours keep text at a contrast of at least 4.5:1 on their background (WCAG AA).
export const HTML_STYLES = `
:root{--ink:#1d2433;--muted:#4b5565;--line:#d5dae1;--bg:#f3f4f6;--card:#ffffff;
--err:#b42318;--err-bg:#fef3f2;--warn:#93370d;--warn-bg:#fffaeb;--info:#1849a9;--info-bg:#eff8ff;
--ok:#05603a;--ok-bg:#ecfdf3;--valid:#079455;--placeholder:#dc6803;--empty:#8d96a5;--invalid:#d92d20}
*{box-sizing:border-box}
html{background:var(--bg);color:var(--ink);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
body{margin:0 auto;max-width:1120px;padding:24px 20px 40px}
h1,h2,h3,h4{line-height:1.25;margin:0 0 .5em}
h1{font-size:1.75rem;overflow-wrap:anywhere}
h2{font-size:1.35rem;margin-top:1.6em}
h3{font-size:1.1rem;margin-top:1.4em}
article.report>h2{font-size:1.5rem;margin-top:2em;padding-top:1em;border-top:3px solid var(--line);overflow-wrap:anywhere}
article.report h3{font-size:1.2rem}
p{margin:.4em 0 .8em}
code{font:.9em/1.4 ui-monospace,"SFMono-Regular",Menlo,Consolas,"Liberation Mono",monospace;background:#eef0f3;border-radius:4px;padding:.05em .3em;overflow-wrap:break-word}
a{color:#1849a9}
.muted{color:var(--muted)}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
header.page{margin-bottom:1.5em}
.brand{margin:0 0 .3em;font-size:.85rem;font-weight:700;letter-spacing:.08em;text-transform:uppercase;color:var(--muted)}
footer.page{margin-top:3em;padding-top:1em;border-top:1px solid var(--line);color:var(--muted);font-size:.9rem}
section{margin-bottom:1.5em}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(250px,100%),1fr));gap:16px;margin:0 0 16px}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:16px 18px}
.card p{margin:.3em 0}
.label{font-size:.8rem;font-weight:700;letter-spacing:.06em;text-transform:uppercase;color:var(--muted)}
.big{font-size:2.2rem;font-weight:750;line-height:1.1}
.of{font-size:1rem;font-weight:500;color:var(--muted)}
.level{border-top:6px solid var(--muted)}
.level-none{border-top-color:var(--err)}.level-none .big{color:var(--err)}
.level-basic{border-top-color:var(--placeholder)}.level-basic .big{color:var(--warn)}
.level-good,.level-complete{border-top-color:var(--valid)}.level-good .big,.level-complete .big{color:var(--ok)}
.ladder{display:flex;gap:4px;list-style:none;padding:0;margin:.8em 0 0;font-size:.8rem}
.ladder li{flex:1;text-align:center;padding:3px 0;border-radius:4px;background:#eef0f3;color:var(--muted)}
.ladder li.reached{background:#d5dae1;color:var(--ink)}
.ladder li.current{background:var(--ink);color:#fff;font-weight:700}
.meter{height:10px;border-radius:5px;background:#e4e7ec;overflow:hidden;margin:.5em 0}
.meter span{display:block;height:100%;background:var(--ink)}
.score{border-top:6px solid var(--ink)}
.counts{border-top:6px solid var(--line)}
.counts ul{list-style:none;margin:.4em 0 0;padding:0}
.count{display:grid;grid-template-columns:auto 1fr;column-gap:.6em;align-items:baseline;padding:.3em 0;border-bottom:1px solid #eef0f3}
.count:last-child{border-bottom:0}
.count .num{grid-row:span 2;font-size:1.6rem;font-weight:750;min-width:3.2em;text-align:right}
.count .what{font-weight:600}
.count .why{font-size:.82rem;color:var(--muted)}
.count.sev-error .num,td.sev-error{color:var(--err)}.count.sev-warning .num,td.sev-warning{color:var(--warn)}.count.sev-info .num,td.sev-info{color:var(--info)}
.facts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(440px,100%),1fr));gap:0 24px;margin:0 0 1em;background:var(--card);border:1px solid var(--line);border-radius:10px;padding:8px 18px}
.facts div{display:flex;flex-wrap:wrap;gap:0 12px;padding:6px 0;border-bottom:1px solid #eef0f3}
.facts dt{flex:0 0 8.5em;font-weight:600;color:var(--muted)}
.facts dd{margin:0;flex:1 1 14em;min-width:0;overflow-wrap:anywhere}
.reasons{background:var(--warn-bg);border-left:4px solid var(--placeholder);border-radius:0 8px 8px 0;margin:0;padding:10px 16px 10px 34px}
.reasons li{margin:.2em 0}
.note{color:var(--muted);font-size:.95rem}
.privacy{background:var(--err-bg);border:2px solid var(--err);border-radius:10px;padding:4px 20px 12px}
.privacy>h2,.privacy>h3{color:var(--err)}
.privacy>h2::before,.privacy>h3::before{content:"⚠ ";}
.privacy-ok{background:var(--ok-bg);border:1px solid #abefc6;border-radius:10px;padding:10px 16px;color:var(--ok)}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;background:var(--card);font-size:.93rem}
th,td{text-align:left;padding:7px 10px;border-bottom:1px solid #e4e7ec;vertical-align:top}
thead th{background:#eef0f3;font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);border-bottom:1px solid var(--line)}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
table.fields{border:1px solid var(--line);border-radius:10px;min-width:640px}
table.fields th[scope=row]{font-weight:500;white-space:nowrap}
table.fields td.chart{width:38%;min-width:180px;vertical-align:middle}
table.fields td.src{max-width:220px}
tr.missing th,tr.missing td.num{color:var(--muted)}
.bar{display:flex;height:16px;border-radius:4px;overflow:hidden;background:#f0f2f5;outline:1px solid #c9ced6}
.bar.missing,.swatch.missing{background:repeating-linear-gradient(135deg,#f0f2f5 0 5px,#d5dae1 5px 7px)}
.seg{display:block;height:100%}
.valid{background:var(--valid)}.placeholder{background:var(--placeholder)}.empty{background:var(--empty)}.invalid{background:var(--invalid)}
.legend{display:flex;flex-wrap:wrap;gap:6px 18px;list-style:none;padding:0;margin:.5em 0 .8em;font-size:.9rem}
.swatch{display:inline-block;width:14px;height:14px;border-radius:3px;margin-right:6px;vertical-align:-2px;outline:1px solid #c9ced6}
.tag,.pill,.badge{display:inline-block;border-radius:999px;padding:.05em .6em;font-size:.78rem;font-weight:600;white-space:nowrap}
.lvl-required{background:#1d2433;color:#fff}.lvl-recommended{background:#d1e0ff;color:#00359e}.lvl-optional{background:#eef0f3;color:var(--muted)}
.tag.pii{background:var(--err-bg);color:var(--err);border:1px solid #fda29b;margin-left:4px}
.pill.level-none{background:var(--err-bg);color:var(--err)}.pill.level-basic{background:var(--warn-bg);color:var(--warn)}
.pill.level-good,.pill.level-complete{background:var(--ok-bg);color:var(--ok)}
.badge{text-transform:uppercase;letter-spacing:.05em;min-width:5.6em;text-align:center}
.badge.sev-error{background:var(--err);color:#fff}.badge.sev-warning{background:#fedf89;color:#7a2e0e}.badge.sev-info{background:#d1e9ff;color:#194185}
details.finding{background:var(--card);border:1px solid var(--line);border-left:5px solid var(--line);border-radius:8px;margin:0 0 10px}
details.sev-error{border-left-color:var(--err)}details.sev-warning{border-left-color:#f79009}details.sev-info{border-left-color:#2e90fa}
summary{cursor:pointer;padding:10px 14px;display:flex;flex-wrap:wrap;align-items:center;gap:4px 10px;list-style:none}
summary::-webkit-details-marker{display:none}
summary::before{content:"";width:0;height:0;border:6px solid transparent;border-left:8px solid var(--muted);border-right:0;transition:transform .15s}
details[open]>summary::before{transform:rotate(90deg)}
summary:focus-visible{outline:3px solid #2e90fa;outline-offset:2px}
summary:hover .title{text-decoration:underline}
summary .title{font-weight:600;flex:1 1 16em}
summary .code{font:.82rem ui-monospace,Menlo,Consolas,monospace;color:var(--muted)}
summary .times{font-weight:700;font-variant-numeric:tabular-nums;min-width:4em;text-align:right}
details .body{padding:0 16px 10px;border-top:1px solid #eef0f3}
table.samples{margin:.6em 0;border:1px solid #e4e7ec;min-width:600px}
table.samples td:nth-child(3){max-width:320px}
code.value{background:#fff7e6;outline:1px solid #fedf89;white-space:pre-wrap}
.fix{background:var(--ok-bg);border-left:4px solid var(--valid);padding:8px 12px;border-radius:0 6px 6px 0}
.overview-table th[scope=row]{font-weight:500;overflow-wrap:anywhere}
/* Narrow screens: each sample is a block of labelled lines instead of a table row. */
@media (max-width:600px){table.samples{min-width:0}table.samples thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}table.samples,table.samples tbody,table.samples tr,table.samples td{display:block;width:auto;max-width:none}table.samples tr{border-bottom:1px solid var(--line);padding:.4em 0}table.samples td{border:0;padding:.1em .3em;text-align:left}table.samples td::before{content:attr(data-label) ": ";font-weight:600;color:var(--muted)}table.fields{min-width:0}table.fields thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}table.fields,table.fields tbody,table.fields tr,table.fields th,table.fields td{display:block;width:auto;max-width:none}table.fields tr{border-bottom:1px solid var(--line);padding:.4em 0}table.fields th,table.fields td{border:0;padding:.1em .3em;text-align:left}table.fields td::before{content:attr(data-label) ": ";font-weight:600;color:var(--muted)}table.fields td.chart::before{display:block}}
@media print{html{background:#fff}details{break-inside:avoid}}
`;
