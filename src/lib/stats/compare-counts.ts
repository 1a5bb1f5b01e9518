import { changeStatus, type Direction } from './direction';
import { formatPercentChange } from './format-value';

/** Two figures side by side with their change; `pct` is null (and `reason` says why) when the base is 0. */
export interface CountComparison {
	now: number;
	then: number;
	/** now − then. */
	change: number;
	/** Percentage change rounded to one decimal (half away from zero); null when then is 0. */
	pct: number | null;
	/** e.g. '+12.0%', '-12.0%', '0.0%', or 'n/a' when there is no percentage. */
	pctLabel: string;
	status: 'better' | 'worse' | 'no change';
	/** Why there is no percentage; null when there is one. */
	reason: string | null;
}

function checkFigure(name: string, value: number): void {
	if (!Number.isFinite(value) || value < 0) {
		throw new Error(`compareCounts: ${name} must be a finite number ≥ 0, got ${value}`);
	}
}

function roundedPercent(change: number, then: number): number {
	// Dividing change × 1000 (not the ratio × 100 × 10) keeps exact halves exact for whole counts.
	const tenths = Math.round((Math.abs(change) * 1000) / then);
	return tenths === 0 ? 0 : (Math.sign(change) * tenths) / 10;
}

/**
 * Compares a figure with its base; never yields NaN or Infinity.
 * @example compareCounts({ now: 44, then: 50, direction: 'down' }) // { now: 44, then: 50, change: -6, pct: -12, pctLabel: '-12.0%', status: 'better', reason: null }
 */
export function compareCounts({
	now,
	then,
	direction
}: {
	now: number;
	then: number;
	direction: Direction;
}): CountComparison {
	checkFigure('now', now);
	checkFigure('then', then);
	const change = now - then;
	const status = changeStatus({ change, direction });
	if (then === 0) {
		const reason = 'no percentage: the base period figure is 0';
		return { now, then, change, pct: null, pctLabel: 'n/a', status, reason };
	}
	const pct = roundedPercent(change, then);
	return { now, then, change, pct, pctLabel: formatPercentChange(pct), status, reason: null };
}
