/**
 * The only module that imports `natural`. Never its root (which loads database drivers, reads
 * `.env` and prints to stdout): one deep module, bundled into the build by tsup, so installing
 * quote-attribution does not install natural.
 *
 * Used: Jaro–Winkler similarity, to merge spelling variants of one name (Assad/Asad,
 * Organisation/Organization). Measured on natural 8.1.1: Assad/Asad 0.947, Bashar al-Assad/Bashar
 * Assad 0.935, Egeland/England 0.914, so callers pair it with other evidence.
 */
import JaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js';

/** Jaro–Winkler similarity of two strings, case-insensitive: 1 for identical, 0 for nothing in common. */
export function nameSimilarity(a: string, b: string): number {
  return JaroWinklerDistance(a, b, { ignoreCase: true });
}
