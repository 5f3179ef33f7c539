/**
 * The public entity list of one call: one entity per cluster, or, across the windows of a long
 * text, one per kind and name.
 */
import { spanIn, type Window } from '../text/windows.js';
import type { Span, SpeakerKind } from '../types.js';
import type { EntityCluster } from './cluster.js';

/** An entity as the table builds it (titles and mentions grow as windows add to it). */
interface EntityDraft {
  id: number;
  name: string;
  kind: SpeakerKind;
  title: string | null;
  mentions: Span[];
}

/** The speaker entities of a call. */
export class EntityTable {
  readonly list: EntityDraft[] = [];
  private readonly byKey = new Map<string, number>();

  /** `merge`: whether clusters of different windows with the same kind and name are one entity. */
  constructor(private readonly merge: boolean) {}

  /** The public index of cluster `c` of window `w` (whose text is `part`). */
  add(c: EntityCluster, part: string, w: Window): number {
    const mentions: Span[] = [];
    for (const m of c.mentions) {
      const start = w.from + m.start;
      if (start >= w.keepFrom && start < w.keepTo) mentions.push(spanIn(part, w.from, m.start, m.end));
    }
    const title = longestTitle(c.titles);
    const key = `${c.kind}\u0000${c.name}`;
    const known = this.merge ? this.byKey.get(key) : undefined;
    if (known !== undefined) {
      const e = this.list[known]!;
      for (const m of mentions) e.mentions.push(m);
      if (title !== null && (e.title === null || title.length > e.title.length)) e.title = title;
      return known;
    }
    const id = this.list.length;
    this.list.push({ id, name: c.name, kind: c.kind, title, mentions });
    if (this.merge) this.byKey.set(key, id);
    return id;
  }
}

/** The longest of a cluster's titles, or `null`. */
export function longestTitle(titles: readonly string[]): string | null {
  let best: string | null = null;
  for (const t of titles) if (best === null || t.length > best.length) best = t;
  return best;
}
