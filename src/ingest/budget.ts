// What reading one page may cost: bounds that keep Readability's work per document small (extraction's: pipeline.ts).

/** Bounds on the work one document may cost; each is far above a real article and far below what stalls a run. */
export const DOCUMENT_BUDGET = Object.freeze({
  /** Readability's scoring is quadratic in nesting depth: 200 levels cost ~25 ms, 3,000 cost seconds. */
  readableDepth: 200,
  /** Elements in the page: a heavy news page has a few thousand; 20,000 cost Readability over a second. */
  readableElements: 15_000,
  /** Characters of page text: a long article is 50,000; Readability's cost grows with text times depth. */
  readableChars: 500_000,
});

/** Why the costly step was skipped, or null when it ran; told to a meter so tests count work, not time. */
export type HtmlCost =
  | { step: 'readability'; elements: number; chars: number }
  | { step: 'plain-text'; reason: 'depth' | 'elements' | 'chars'; elements: number; chars: number };

/** Receives what each costly step was given; the default does nothing. */
export type CostMeter = (cost: HtmlCost) => void;

export const NO_METER: CostMeter = () => {};
