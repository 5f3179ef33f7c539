/** Classes of UTF-16 code units, each decided once and cached. */

/**
 * A lookup of class bits by code unit: `decide` gets the unit as a one-character string, the first
 * time it is asked for, and returns bits below 128 (bit 128 marks a unit already decided). The
 * lookup is made once per module, at load, never per call.
 *
 * @example
 * const classOf = unitClassifier((ch) => (/\s/.test(ch) ? 1 : 0));
 * classOf(32) & 1; // 1
 */
export function unitClassifier(decide: (ch: string) => number): (c: number) => number {
  const table = new Uint8Array(0x10000);
  return (c) => {
    let k = table[c]!;
    if (k === 0) {
      k = 128 | decide(String.fromCharCode(c));
      table[c] = k;
    }
    return k;
  };
}
