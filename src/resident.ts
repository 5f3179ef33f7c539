/**
 * V8 residency: the working state of a language's short sample text, analysed at the first call
 * and kept for as long as the module lives (a few kilobytes; no caller's text is kept).
 *
 * Why: V8's optimised code for most of the rules is compiled against the hidden classes (maps)
 * of the per-text objects (tokens, rule context, mentions, clusters), and holds those weakly. A
 * full garbage collection that ran between two texts, when no such object was alive, could drop
 * the maps and with them the optimised code of 50-80 functions, which V8 then compiled again.
 * Measured before this existed: over a 50 MB corpus with one thread, in about 3 of 8 runs at the
 * run's first full collection (about 800 ms of compilation again); with `gc()` forced between two
 * texts, 49-50 functions every time. Objects of the same classes that stay alive keep the maps.
 * (Its typed arrays are views of the scratch memory, which later texts overwrite: the state is
 * kept, never read.)
 */

let kept: unknown = null;

/**
 * Keeps what `analyzeSample()` returns alive, calling it once, at the first call of this function.
 * `analyzeSample` analyses a language's sample text the way every text is analysed.
 */
export function keepResident(analyzeSample: () => unknown): void {
  if (kept === null) kept = analyzeSample() ?? false;
}
