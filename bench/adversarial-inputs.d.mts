/** Types of bench/adversarial-inputs.mjs. */
export declare const SEEDS: readonly string[];
export declare function newsText(n: number): string;
export declare function cycle(unit: string, n: number): string;
export interface AdversarialCase {
  readonly name: string;
  readonly make: () => string;
}
export declare const CASES: readonly AdversarialCase[];
