/** Lines of a stream, with their 1-based numbers, read chunk by chunk (memory: one chunk and one line). */
import { StringDecoder } from 'node:string_decoder';

export interface Line {
  /** The line without its "\n" (and without a "\r" before it). */
  readonly line: string;
  /** 1-based line number. */
  readonly number: number;
}

/**
 * Yields the lines of a byte or string stream. `onBytes` is told how many bytes each chunk had
 * (for progress). A final line without "\n" is yielded too.
 */
export async function* readLines(stream: AsyncIterable<unknown> | NodeJS.ReadableStream, onBytes?: (n: number) => void): AsyncGenerator<Line> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let number = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    onBytes?.(typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length);
    const s = rest + (typeof chunk === 'string' ? chunk : decoder.write(chunk));
    let from = 0;
    for (let nl = s.indexOf('\n', rest.length); nl >= 0; nl = s.indexOf('\n', from)) {
      const end = nl > from && s.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      yield { line: s.slice(from, end), number: ++number };
      from = nl + 1;
    }
    rest = s.slice(from);
  }
  rest += decoder.end();
  if (rest.length > 0) yield { line: rest.endsWith('\r') ? rest.slice(0, -1) : rest, number: ++number };
}
