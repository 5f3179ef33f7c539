/**
 * The report's stylesheet, shared by the CLI's pages and the demo. Quotations get a highlight in
 * their speaker's colour; reported speech (indirect, mixed) a dotted underline in that colour's
 * accent instead, so the two never look alike. Colours are chosen for
 * contrast: text on every highlight is at least 13:1, white on every label at least 6.6:1, and
 * each accent on the page background at least 6.3:1 (WCAG AA asks 4.5:1).
 */

/** Highlight background and accent (label, mention and reported-speech underline, bars) of each speaker slot. */
export const PALETTE: readonly (readonly [background: string, accent: string])[] = [
  ['#ffe58f', '#7a5600'],
  ['#bfe3ff', '#0a5a8c'],
  ['#c9efc1', '#246b1d'],
  ['#ffd0dc', '#9c1f45'],
  ['#e4d7ff', '#553a9e'],
  ['#ffd8b8', '#8f4200'],
  ['#c2f0ea', '#0d6159'],
  ['#efe2c8', '#6e5120'],
  ['#dcebb0', '#4f5e0f'],
  ['#f7ccf2', '#832878'],
  ['#d5dce6', '#3d4d63'],
  ['#fff0b3', '#6b5a00'],
];

const slots = PALETTE.map(([bg, accent], i) => `.qa-c${i}{--qa-bg:${bg};--qa-accent:${accent}}`).join('\n');

/** The stylesheet of reports and the demo (scoped by `qa-` class names). */
export const REPORT_CSS = `
:root{color-scheme:light}
.qa-page{margin:0;background:#fbfaf7;color:#1b1b1b;font:17px/1.6 Georgia,'Iowan Old Style','Times New Roman',serif}
.qa-page header,.qa-page main,.qa-page footer{max-width:72rem;margin:0 auto;padding:0 1rem}
.qa-page h1{font:600 1.5rem/1.25 system-ui,-apple-system,'Segoe UI',sans-serif;margin:1.25rem 0 .25rem;overflow-wrap:anywhere}
.qa-page .qa-lead{font:.95rem/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;color:#4a4a4a;margin:.25rem 0 1rem}
.qa-page footer{font:.85rem system-ui,sans-serif;color:#555;padding-bottom:2rem}
.qa-page a{color:#0a4f7a}
.qa-page a:focus-visible,.qa-page button:focus-visible,.qa-q:focus-visible,.qa-r:focus-visible{outline:3px solid #1b1b1b;outline-offset:2px}
.qa-skip{position:absolute;left:-999px}.qa-skip:focus{left:1rem;top:.5rem;background:#fff;padding:.25rem .5rem;z-index:10}
${slots}
.qa-none{--qa-bg:#ececec;--qa-accent:#555555}
.qa-doc{margin:0 0 2.5rem}
.qa-grid{display:grid;grid-template-columns:minmax(0,1fr) 19rem;gap:1.5rem;align-items:start}
.qa-article{min-width:0;overflow-wrap:break-word}
.qa-article p{margin:0 0 1em}
.qa-title{font:600 1.2rem/1.3 system-ui,-apple-system,'Segoe UI',sans-serif;margin:0 0 .75rem;overflow-wrap:anywhere}
.qa-q{background:var(--qa-bg);color:#111;border-radius:.2em;padding:.05em .1em;box-decoration-break:clone;-webkit-box-decoration-break:clone;border-bottom:2px solid var(--qa-accent);cursor:help}
.qa-q.qa-none{border-bottom-style:dashed}
.qa-q:hover,.qa-q.qa-active{outline:2px solid var(--qa-accent);outline-offset:1px}
.qa-r{text-decoration:underline dotted var(--qa-accent);text-decoration-thickness:.14em;text-decoration-skip-ink:none;text-underline-offset:.3em;cursor:help}
.qa-r:hover,.qa-r.qa-active{background:color-mix(in srgb,var(--qa-bg) 45%,transparent)}
.qa-key-r{text-decoration:underline dotted;text-decoration-thickness:.14em;text-underline-offset:.3em}
.qa-mention{font-weight:700;text-decoration:underline;text-decoration-color:var(--qa-accent);text-decoration-thickness:.18em;text-decoration-skip-ink:none;text-underline-offset:.2em}
.qa-who{display:inline-block;font:600 .68rem/1.5 system-ui,-apple-system,'Segoe UI',sans-serif;letter-spacing:.02em;color:#fff;background:var(--qa-accent);border-radius:.6em;padding:0 .45em;margin:0 .2em;vertical-align:.15em;white-space:nowrap;max-width:12em;overflow:hidden;text-overflow:ellipsis}
.qa-doc[data-focus] .qa-q:not(.qa-focus){background:transparent;border-bottom-color:#9a9a9a;color:#444}
.qa-doc[data-focus] .qa-who:not(.qa-focus){background:#767676}
.qa-doc[data-focus] .qa-r:not(.qa-focus){text-decoration-color:#9a9a9a}
.qa-panel{font:.9rem/1.4 system-ui,-apple-system,'Segoe UI',sans-serif;background:#fff;border:1px solid #d6d3cc;border-radius:.5rem;padding:.75rem 1rem;position:sticky;top:1rem;max-height:calc(100vh - 2rem);overflow:auto}
.qa-panel h2,.qa-panel h3{font-size:1rem;margin:0 0 .25rem}
.qa-summary{margin:0 0 .75rem;color:#4a4a4a}
.qa-speakers{list-style:none;margin:0;padding:0}
.qa-speakers li{margin:0 0 .8rem}
.qa-speaker{all:unset;box-sizing:border-box;display:flex;flex-wrap:wrap;align-items:baseline;gap:.1rem .4rem;width:100%;cursor:pointer;border-radius:.3rem;padding:.1rem .2rem}
.qa-speaker[aria-pressed=true]{background:var(--qa-bg);box-shadow:inset 0 0 0 2px var(--qa-accent)}
.qa-swatch{width:.8rem;height:.8rem;border-radius:.2rem;background:var(--qa-bg);border:2px solid var(--qa-accent);align-self:center;flex:none}
.qa-name{font-weight:600}
.qa-detail{color:#555;font-size:.8rem}
.qa-bars{display:grid;grid-template-columns:7.5rem 1fr;align-items:center;gap:.1rem .5rem;margin:.2rem 0 0 1.4rem;font-size:.8rem;color:#333}
.qa-bar{height:.55rem;background:#eeeae2;border-radius:.3rem;overflow:hidden}
.qa-bar>span{display:block;height:100%;background:var(--qa-accent);border-radius:.3rem;min-width:2px}
.qa-bar-words>span{opacity:.55}
.qa-bar-reported>span{background:repeating-linear-gradient(90deg,var(--qa-accent) 0 .3rem,transparent .3rem .45rem)}
.qa-tip{position:absolute;z-index:20;max-width:min(24rem,calc(100vw - 1rem));background:#1b1b1b;color:#fff;font:.85rem/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;padding:.5rem .7rem;border-radius:.4rem;box-shadow:0 4px 16px rgba(0,0,0,.25);pointer-events:none}
.qa-tip .qa-row{display:block}
.qa-tip .qa-sep{display:none}
.qa-tip b{color:#ffe58f;font-weight:600}
.qa-index{width:100%;border-collapse:collapse;font:.95rem/1.4 system-ui,-apple-system,'Segoe UI',sans-serif;margin:0 0 2rem;background:#fff}
.qa-index th,.qa-index td{text-align:left;padding:.45rem .6rem;border-bottom:1px solid #e2ded6;vertical-align:top}
.qa-index td.qa-num,.qa-index th.qa-num{text-align:right;font-variant-numeric:tabular-nums}
.qa-index a{overflow-wrap:anywhere}
@media (max-width:56rem){
.qa-grid{grid-template-columns:minmax(0,1fr)}
.qa-panel{position:static;max-height:none;order:-1}
.qa-page{font-size:16px}
.qa-index .qa-top{display:none}
.qa-index{font-size:.88rem}
}
@media print{.qa-panel{position:static}.qa-tip{display:none}}
@media (prefers-reduced-motion:no-preference){.qa-q{transition:outline-color .15s}}
`;
