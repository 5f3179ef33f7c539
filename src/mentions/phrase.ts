/** A mention's extent in the token stream. */

/**
 * A noun phrase as an inclusive range of token indices (`first` to `last`), with the apposition
 * that describes it when one stands beside it ("Jan Egeland, the UN humanitarian adviser,").
 */
export interface Phrase {
  readonly first: number;
  readonly last: number;
  /** An apposition that describes it, as an inclusive token range. */
  readonly role?: { readonly first: number; readonly last: number };
}
