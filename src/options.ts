/**
 * Options, validated once: the settings of a call or an extractor, with the lexicon and the rule
 * list they imply. Every error names the package, the function and what it received.
 */
import type { ExtractOptions } from './api.js';
import { PACKAGE, typeError } from './errors.js';
import { english } from './lang/en/index.js';
import type { Language } from './language.js';
import type { Lexicon } from './lexicon.js';
import type { Sieve } from './sieves/context.js';

/** Options after validation, with the lexicon and rules they imply. */
export interface Settings {
  readonly language: Language;
  readonly includeUnattributed: boolean;
  readonly minConfidence: number;
  readonly lexicon: Lexicon;
  /** The rules to run, in order. */
  readonly rules: readonly Sieve[];
}

/** Every option's name (the type checks that none is missing). */
const OPTION_KEYS: ReadonlySet<string> = new Set(Object.keys({
  includeUnattributed: true,
  cueVerbs: true,
  titles: true,
  organizationWords: true,
  minConfidence: true,
  rules: true,
} satisfies Record<keyof ExtractOptions, true>));

/** The settings of a call without options: English, every rule. */
export const DEFAULT_SETTINGS: Settings = {
  language: english,
  includeUnattributed: false,
  minConfidence: 0,
  lexicon: english.lexicon,
  rules: english.rules,
};

function stringList(fn: string, name: string, v: unknown): readonly string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) typeError(fn, `options.${name} to be an array of strings`, v);
  return v as string[];
}

/** `base` with the lower-cased `extra` words added, or `base` itself when there are none. */
function extended(base: ReadonlySet<string>, extra: readonly string[]): ReadonlySet<string> {
  return extra.length > 0 ? new Set([...base, ...extra.map((w) => w.toLowerCase())]) : base;
}

/** The rules named by `names`, in their order; every rule when `names` is undefined. */
function chooseRules(fn: string, language: Language, value: unknown): readonly Sieve[] {
  if (value === undefined) return language.rules;
  const names = stringList(fn, 'rules', value);
  const chosen: Sieve[] = [];
  for (const name of names) {
    const rule = language.rules.find((r) => r.name === name);
    if (rule === undefined) throw new TypeError(`${PACKAGE}: ${fn}() received an unknown rule "${name}" in options.rules; the rules are ${language.rules.map((r) => r.name).join(', ')}.`);
    if (chosen.includes(rule)) throw new TypeError(`${PACKAGE}: ${fn}() received the rule "${name}" twice in options.rules.`);
    chosen.push(rule);
  }
  return chosen;
}

/**
 * Validates the options of public function `fn` (named in errors) and returns the settings.
 *
 * @throws TypeError when an option is unknown or has the wrong type.
 */
export function settingsFrom(fn: string, options: unknown): Settings {
  if (options === undefined) return DEFAULT_SETTINGS;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) typeError(fn, 'an options object or undefined', options);
  const o = options as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    if (!OPTION_KEYS.has(k)) throw new TypeError(`${PACKAGE}: ${fn}() received an unknown option "${k}"; known options are ${[...OPTION_KEYS].join(', ')}.`);
  }
  if (o.includeUnattributed !== undefined && typeof o.includeUnattributed !== 'boolean') typeError(fn, 'options.includeUnattributed to be a boolean', o.includeUnattributed);
  const mc = o.minConfidence;
  if (mc !== undefined && (typeof mc !== 'number' || !(mc >= 0 && mc <= 1))) typeError(fn, 'options.minConfidence to be a number between 0 and 1', mc);
  const cueVerbs = stringList(fn, 'cueVerbs', o.cueVerbs);
  const titles = stringList(fn, 'titles', o.titles);
  const organizationWords = stringList(fn, 'organizationWords', o.organizationWords);
  const language = DEFAULT_SETTINGS.language;
  const base = language.lexicon;
  return {
    language,
    includeUnattributed: o.includeUnattributed === true,
    minConfidence: (mc as number | undefined) ?? 0,
    lexicon: {
      cueTable: cueVerbs.length > 0 ? new Map([...base.cueTable, ...cueVerbs.map((w): [string, string] => [w.toLowerCase(), w.toLowerCase()])]) : base.cueTable,
      titles: extended(base.titles, titles),
      organizationWords: extended(base.organizationWords, organizationWords),
    },
    rules: chooseRules(fn, language, o.rules),
  };
}
