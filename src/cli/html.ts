/**
 * HTML input: the article's text, found by @mozilla/readability over a linkedom document, with its
 * paragraphs kept (one paragraph a line, a blank line between), so that the library sees the same
 * paragraph structure as in a plain-text article. Both packages are bundled into the CLI only.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** An HTML page reduced to its article. */
export interface HtmlArticle {
  /** The page's title as Readability found it, or null. */
  readonly title: string | null;
  /** The article text: the title (when the article does not start with it), then one paragraph a line, blank lines between. */
  readonly text: string;
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'CAPTION',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA']);

interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

/** Without leading and trailing spaces (after white space was collapsed to single spaces). */
function trimSpaces(s: string): string {
  let a = 0, b = s.length;
  while (a < b && s.charCodeAt(a) === 32) a++;
  while (b > a && s.charCodeAt(b - 1) === 32) b--;
  return s.slice(a, b);
}

/** Paragraph texts of a DOM subtree: block elements and `<br>` end a paragraph; HTML white space collapses. */
function paragraphsOf(root: DomNode): string[] {
  const paras: string[] = [];
  let cur = '';
  const flush = (): void => {
    const t = trimSpaces(cur.replace(/[ \t\r\n\f]+/g, ' ')); // HTML white space (not NBSP)
    if (t) paras.push(t);
    cur = '';
  };
  const pre: string[] = [];
  const walk = (n: DomNode): void => {
    if (n.nodeType === 3) {
      const v = n.nodeValue ?? '';
      if (pre.length > 0) {
        const lines = v.split('\n');
        lines.forEach((l, i) => { if (i > 0) flush(); cur += l; });
      } else {
        cur += v;
      }
      return;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) return;
    const name = n.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') { flush(); return; }
    const block = BLOCK.has(name);
    if (block) flush();
    if (name === 'PRE') pre.push(name);
    for (let i = 0; i < n.childNodes.length; i++) walk(n.childNodes[i]!);
    if (name === 'PRE') pre.pop();
    if (block) flush();
  };
  walk(root);
  flush();
  return paras;
}

/** Text as compared with the title: white space collapsed and trimmed, lower case. */
const normalizeForComparison = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The article of an HTML page as text. Falls back to the whole body when Readability finds no
 * article (a fragment, a short page).
 *
 * @example
 * ```ts
 * htmlToText('<title>T</title><article><p>“Hi,” she said.</p><p>Then…</p></article>').text
 * // 'T\n\n“Hi,” she said.\n\nThen…'
 * ```
 */
export function htmlToText(html: string): HtmlArticle {
  const { document } = parseHTML(html.includes('<html') || html.includes('<HTML') ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  let title: string | null = null;
  let paras: string[] = [];
  try {
    // linkedom's document is close enough to the DOM for Readability (the types differ); the
    // serializer hands back the article's node itself instead of an HTML string.
    const reader = new Readability<DomNode>(document as unknown as ConstructorParameters<typeof Readability>[0], {
      charThreshold: 200,
      serializer: (node) => node as unknown as DomNode,
    });
    const article = reader.parse();
    if (article?.content) {
      title = article.title?.trim() || null;
      paras = paragraphsOf(article.content);
    }
  } catch {
    paras = [];
  }
  if (paras.length === 0) {
    const { document: again } = parseHTML(html.includes('<html') || html.includes('<HTML') ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
    title ??= (again.title as string | undefined)?.trim() || null;
    paras = again.body ? paragraphsOf(again.body as unknown as DomNode) : [];
  }
  if (title && (paras.length === 0 || !normalizeForComparison(paras[0]!).startsWith(normalizeForComparison(title)))) paras.unshift(title);
  return { title, text: paras.join('\n\n') };
}
