/**
 * A target for a measure. Which side is good comes from the measure's direction, so the same kinds
 * serve "at least 60% on the day" (up) and "reduce ASB" (down).
 * - `threshold`: reach `value` (≥ when up, ≤ when down), e.g. 60% of reports on the day.
 * - `beat-baseline`: do strictly better than a baseline period's figure, e.g. fewer ASB incidents
 *   than in 2013-14.
 * - `change-on-baseline`: move `percent`% the good way from a baseline figure, e.g. reduce by 10%
 *   against 2013-14 (goal 0.9 × baseline when down, 1.1 × baseline when up).
 * @example const target: Target = { kind: 'change-on-baseline', percent: 10, baseline: 130, baselineLabel: '2013-14' };
 */
export type Target =
	| { kind: 'threshold'; value: number }
	| { kind: 'beat-baseline'; baseline: number; baselineLabel?: string }
	| { kind: 'change-on-baseline'; percent: number; baseline: number; baselineLabel?: string };

/** Status against a target. */
export type TargetStatus = 'on target' | 'close' | 'off target';

/** The usual RAG colour for each status; always shown with the status words, never alone. */
export type RagColour = 'green' | 'amber' | 'red';

/** RAG colour of each target status. */
export const RAG_BY_STATUS: Readonly<Record<TargetStatus, RagColour>> = {
	'on target': 'green',
	close: 'amber',
	'off target': 'red'
};
