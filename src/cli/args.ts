/** Command-line arguments: parsing, defaults and the usage text. */
import type { ExtractOptions } from '../index.js';

/** The command's name, as installed and in messages. */
export const NAME = 'quote-attribution';

declare const __QA_VERSION__: string | undefined;
/** The package version, set at build time. */
export const VERSION: string = typeof __QA_VERSION__ === 'string' ? __QA_VERSION__ : '0.0.0-dev';

/** The output formats of `--format`. */
export const FORMATS = ['pretty', 'json', 'jsonl', 'csv', 'html'] as const;
/** An output format. */
export type Format = (typeof FORMATS)[number];
/** The values of `--input`: how to read files and standard input. */
export const INPUT_KINDS = ['auto', 'text', 'html', 'jsonl'] as const;
/** A value of `--input`. */
export type InputKind = (typeof INPUT_KINDS)[number];

/** Options of the main command. */
export interface RunArgs {
  readonly command: 'run';
  readonly inputs: readonly string[];
  /** `null`: pretty on a terminal, jsonl otherwise. */
  readonly format: Format | null;
  readonly out: string | null;
  /** `null`: the number of cores. */
  readonly jobs: number | null;
  readonly input: InputKind;
  /** `null`: when the output is a terminal and NO_COLOR is unset. */
  readonly color: boolean | null;
  readonly progress: boolean;
  /** csv and jsonl: one row (line) per act of reported speech instead of one per quotation. */
  readonly attributions: boolean;
  readonly extract: ExtractOptions;
}

/** Options of `quote-attribution eval`. */
export interface EvalArgs {
  readonly command: 'eval';
  readonly gold: string;
  readonly json: boolean;
  readonly verbose: boolean;
  readonly extract: ExtractOptions;
}

/** What the arguments ask for: a run, an evaluation, the usage text or the version. */
export type ParsedArgs = RunArgs | EvalArgs | { readonly command: 'help' } | { readonly command: 'version' };

/** A usage mistake: the message is printed with the usage and the exit code is 2. */
export class UsageError extends Error {}

/** The text of `--help` (also printed after a usage mistake). */
export const USAGE = `Usage: ${NAME} [options] [FILE | DIR | -]...
       ${NAME} eval --gold FILE.jsonl [--json] [--verbose]

Finds the quotations and the reported speech in news text, and who said them.

Inputs
  FILE          a text (.txt, .md, anything else), an HTML page (.html, .htm) or a
                corpus (.jsonl: one {"id": …, "text": …} object a line)
  DIR           searched recursively for .txt, .md, .html and .htm files
  -, nothing    standard input: a corpus when its first character is "{",
                otherwise one text (or HTML when it starts with "<")
HTML is reduced to its article text (one paragraph a line, a blank line between);
offsets in the output refer to that text, which --format json includes.

Options
  -f, --format FORMAT  pretty  quotations with speaker and cue, then reported speech,
                               for reading
                       json    one array of {id, text, quotes, attributions, entities}
                       jsonl   one quotation a line, with its document "id"
                       csv     one quotation a row (RFC 4180, header row)
                       html    a standalone report page (see --out)
                       default: pretty when standard output is a terminal, else jsonl
      --attributions   csv and jsonl: one row (line) per act of reported speech
                       (direct, mixed or indirect) instead of one per quotation;
                       csv columns: id, form, content_start, content_end, speaker,
                       speaker_kind, mention, cue, rule, confidence, quotes, content
  -o, --out PATH       write to PATH instead of standard output; with --format html
                       and several documents, PATH is a folder that receives
                       index.html and one page per document
  -j, --jobs N         worker threads (default: the number of cores, or 1 for up to
                       three files); 1 works in the main thread. Output keeps the
                       input order.
      --input KIND     auto | text | html | jsonl: how to read files and standard
                       input (default auto: by extension, standard input by content)
      --include-unattributed
                       also list text in marks that nobody is said to have said
      --min-confidence X
                       drop attributions below X (0 to 1)
      --cue-verbs LIST extra reporting verbs, comma-separated ("quipped,mused")
      --titles LIST    extra titles before names ("Archbishop")
      --organization-words LIST
                       extra words that mark organisations ("Bundestag")
      --color, --no-color
                       force or forbid colour in pretty output (default: colour on
                       a terminal unless NO_COLOR is set)
      --no-progress    no progress bar (shown on standard error when it is a terminal
                       and the output is not)
  -h, --help           show this help
  -V, --version        show the version

eval: scores the library against your annotated data
  --gold FILE.jsonl    one {"id", "text", "quotes": [{"start", "end", "speaker",
                       "speakerStart", "speakerEnd"}]} object a line
  --json               print the scores as JSON
  --verbose            list every miss, extra and wrong speaker

Exit status: 0 when every input was processed, 1 when an input could not be read or
a line could not be parsed (the others are still processed), 2 for a usage error.
`;

/** The items of a comma-separated option value, trimmed, empty ones dropped. */
const splitList = (value: string): string[] => value.split(',').map((item) => item.trim()).filter(Boolean);

/** Parses arguments (without `node` and the script). Throws {@link UsageError}. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const inputs: string[] = [];
  let command: 'run' | 'eval' = 'run';
  let format: Format | null = null;
  let out: string | null = null;
  let jobs: number | null = null;
  let input: InputKind = 'auto';
  let color: boolean | null = null;
  let progress = true;
  let attributions = false;
  let gold: string | null = null;
  let json = false;
  let verbose = false;
  const extract: { -readonly [K in keyof ExtractOptions]: ExtractOptions[K] } = {};
  let i = 0;
  if (argv[0] === 'eval') {
    command = 'eval';
    i = 1;
  }
  let onlyInputs = false;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (onlyInputs || a === '-' || !a.startsWith('-')) {
      if (command === 'eval') throw new UsageError(`eval takes no input "${a}"; give the gold file with --gold`);
      inputs.push(a);
      continue;
    }
    if (a === '--') { onlyInputs = true; continue; }
    let name = a;
    let inlineValue: string | undefined;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) { name = a.slice(0, eq); inlineValue = a.slice(eq + 1); }
    const value = (): string => {
      if (inlineValue !== undefined) return inlineValue;
      const v = argv[i + 1];
      if (v === undefined || (v.startsWith('-') && v !== '-' && !/^-\d/.test(v))) throw new UsageError(`option ${name} needs a value`);
      i++;
      return v;
    };
    const flag = (): void => {
      if (inlineValue !== undefined) throw new UsageError(`option ${name} takes no value`);
    };
    const runOnly = (): void => {
      if (command === 'eval') throw new UsageError(`option ${name} is not an eval option`);
    };
    switch (name) {
      case '-h': case '--help': flag(); return { command: 'help' };
      case '-V': case '--version': flag(); return { command: 'version' };
      case '-f': case '--format': {
        runOnly();
        const v = value();
        if (!(FORMATS as readonly string[]).includes(v)) throw new UsageError(`unknown format "${v}"; use one of ${FORMATS.join(', ')}`);
        format = v as Format;
        break;
      }
      case '-o': case '--out': runOnly(); out = value(); break;
      case '-j': case '--jobs': {
        runOnly();
        const v = value();
        const n = Number(v);
        if (!/^\d+$/.test(v) || !Number.isInteger(n) || n < 1 || n > 256) throw new UsageError(`--jobs expects a whole number from 1 to 256, not "${v}"`);
        jobs = n;
        break;
      }
      case '--input': {
        runOnly();
        const v = value();
        if (!(INPUT_KINDS as readonly string[]).includes(v)) throw new UsageError(`unknown input kind "${v}"; use one of ${INPUT_KINDS.join(', ')}`);
        input = v as InputKind;
        break;
      }
      case '--color': case '--colour': runOnly(); flag(); color = true; break;
      case '--no-color': case '--no-colour': runOnly(); flag(); color = false; break;
      case '--no-progress': runOnly(); flag(); progress = false; break;
      case '--attributions': runOnly(); flag(); attributions = true; break;
      case '--include-unattributed': flag(); extract.includeUnattributed = true; break;
      case '--min-confidence': {
        const v = value();
        const n = Number(v);
        if (v.trim() === '' || !(n >= 0 && n <= 1)) throw new UsageError(`--min-confidence expects a number from 0 to 1, not "${v}"`);
        extract.minConfidence = n;
        break;
      }
      case '--cue-verbs': extract.cueVerbs = splitList(value()); break;
      case '--titles': extract.titles = splitList(value()); break;
      case '--organization-words': case '--organisation-words': extract.organizationWords = splitList(value()); break;
      case '--gold':
        if (command !== 'eval') throw new UsageError('--gold belongs to the eval command: quote-attribution eval --gold FILE.jsonl');
        gold = value();
        break;
      case '--json': if (command !== 'eval') throw new UsageError('--json belongs to the eval command; use --format json'); flag(); json = true; break;
      case '--verbose': if (command !== 'eval') throw new UsageError('--verbose belongs to the eval command'); flag(); verbose = true; break;
      default:
        throw new UsageError(`unknown option ${name}`);
    }
  }
  if (command === 'eval') {
    if (gold === null) throw new UsageError('eval needs --gold FILE.jsonl');
    return { command, gold, json, verbose, extract };
  }
  return { command, inputs, format, out, jobs, input, color, progress, attributions, extract };
}
