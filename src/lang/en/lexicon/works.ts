/**
 * Works and their titles: the words around text in marks that make it the title of a work (a
 * show, a book, a song) rather than anyone's words, and the small words a title leaves lower-case.
 */

/** People named by their part in a work, right after its title: "the “Avatar” star". */
export const WORK_ROLES: ReadonlySet<string> = new Set(['star', 'stars', 'actor', 'actress', 'host', 'creator', 'director', 'producer', 'showrunner', 'co-star', 'author', 'writer', 'narrator']);
/** Nouns and verbs that introduce the title of a work ("the book “…”", "starring in “…”"). */
export const WORK_WORDS: ReadonlySet<string> = new Set([
  'starred', 'starring', 'hosted', 'directed', 'produced', 'aired', 'airing',
  'show', 'program', 'programme', 'book', 'novel', 'memoir', 'biography', 'film', 'movie', 'documentary', 'song', 'album',
  'podcast', 'ad', 'advert', 'advertisement', 'commercial', 'video', 'series', 'episode', 'play', 'musical', 'opera',
  'article', 'essay', 'column', 'op-ed', 'editorial', 'headline', 'magazine', 'newspaper', 'report', 'titled', 'entitled',
  'called', 'named', 'dubbed', 'hat', 'hats', 'shirt', 't-shirt', 'sign', 'signs', 'banner', 'poster', 'slogan', 'hashtag',
  'website', 'blog', 'newsletter', 'broadcast', 'interview', 'segment', 'special', 'anthem', 'poem', 'painting',
  'exhibit', 'exhibition', 'conference', 'summit', 'tour', 'game', 'app', 'bill', 'act', 'law', 'operation', 'initiative',
  'classic', 'sitcom', 'drama', 'comedy', 'thriller', 'bestseller', 'best-seller',
]);
// Kinds of work that may follow a title ("the “Off Message” podcast"; not a "slogan" or a "bill",
// which may follow quoted words).
export const WORK_KINDS: ReadonlySet<string> = new Set(['podcast', 'show', 'program', 'programme', 'series', 'film', 'movie', 'documentary', 'album', 'song', 'episode', 'book', 'novel', 'memoir', 'sitcom']);
// Words that stay lower-case in a title ("Game of Thrones", "Here’s the Thing").
export const SMALL_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'de', 'la', 'is', 'vs']);
