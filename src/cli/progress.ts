/**
 * A one-line progress bar on standard error (only when it is a terminal): documents done, their
 * rate, and, when the input's size is known, a bar and the time left estimated from bytes read.
 */

/** What the bar shows at one moment. */
export interface ProgressState {
  readonly docs: number;
  /** Input bytes read so far, and the total when known (files); null for standard input. */
  readonly bytes: number;
  readonly totalBytes: number | null;
  /** Seconds since the start. */
  readonly seconds: number;
  /** Terminal width in columns. */
  readonly columns: number;
}

function duration(s: number): string {
  if (!Number.isFinite(s) || s < 0) return '--:--';
  const t = Math.round(s);
  const h = Math.floor(t / 3600), m = Math.floor((t % 3600) / 60), sec = t % 60;
  const mm = String(m).padStart(2, '0'), ss = String(sec).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** The text of the progress line (without the carriage return). */
export function progressLine(p: ProgressState): string {
  const rate = p.seconds > 0 ? p.docs / p.seconds : 0;
  const docs = `${p.docs.toLocaleString('en-US')} docs`;
  const r = `${rate >= 100 ? Math.round(rate).toLocaleString('en-US') : rate.toFixed(1)} docs/s`;
  if (p.totalBytes === null || p.totalBytes <= 0) return `${docs}  ${r}  ${duration(p.seconds)}`;
  const frac = Math.min(1, p.bytes / p.totalBytes);
  const eta = frac > 0 ? (p.seconds / frac) * (1 - frac) : Infinity;
  const tail = ` ${String(Math.floor(frac * 100)).padStart(3)}%  ${docs}  ${r}  ETA ${duration(eta)}`;
  const width = Math.max(10, Math.min(40, p.columns - tail.length - 3));
  const full = Math.round(frac * width);
  return `[${'█'.repeat(full)}${'░'.repeat(width - full)}]${tail}`;
}

/** Draws {@link progressLine} at most ten times a second on a terminal stream. */
export class Progress {
  private last = 0;
  private shown = false;
  private readonly t0 = Date.now();
  docs = 0;
  bytes = 0;
  totalBytes: number | null = null;

  constructor(private readonly stream: NodeJS.WriteStream | null) {}

  /** Redraws if 100 ms have passed since the last drawing. */
  tick(force = false): void {
    if (this.stream === null) return;
    const now = Date.now();
    if (!force && now - this.last < 100) return;
    if (!force && !this.shown && now - this.t0 < 300) return; // quick runs never show a bar
    this.last = now;
    this.shown = true;
    const line = progressLine({ docs: this.docs, bytes: this.bytes, totalBytes: this.totalBytes, seconds: (now - this.t0) / 1000, columns: this.stream.columns || 80 });
    this.stream.write(`\r${line}\x1b[K`);
  }

  /** Erases the bar (before a message is printed, and at the end). */
  clear(): void {
    if (this.stream === null || !this.shown) return;
    this.stream.write('\r\x1b[K');
    this.shown = false;
  }

  /** Writes a message line to the stream without breaking the bar. */
  message(stream: NodeJS.WritableStream, text: string): void {
    this.clear();
    stream.write(`${text}\n`);
    this.tick(this.stream !== null && this.last > 0);
  }
}
