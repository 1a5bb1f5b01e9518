import { toCsv } from './csv.ts';
import { footfall } from './footfall.ts';
import { SAMPLE_FROM, monthsBetween } from './months.ts';
import { streamFor, type Rng } from './prng.ts';
import { normal } from './random.ts';

export const PROBATION_HEADER = [
	'period',
	'area',
	'measure',
	'value',
	'unit',
	'target',
	'direction'
] as const;

interface MeasureRecipe {
	measure: string;
	unit: 'count' | 'percent';
	target: number | null;
	direction: 'up' | 'down';
	value: (rng: Rng, month: string) => number;
}

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));
const years = (month: string) => monthsBetween({ from: SAMPLE_FROM, month }) / 12;
// Courts sat less in lockdown, so fewer reports came on the day and fewer cases started.
const lockdown = (month: string) => 1 - footfall({ month });

// `Cases supervised` is a caseload: direction `down` because fewer people needing supervision
// for offences in the City is the outcome the partnership wants, not a cut in service.
const RECIPES: readonly MeasureRecipe[] = [
	{
		measure: 'Reports delivered on the day',
		unit: 'percent',
		target: 60,
		direction: 'up',
		value: (rng, month) =>
			clamp(normal({ rng, mean: 78 + years(month) - 8 * lockdown(month), sd: 3 }), 66, 93)
	},
	{
		measure: 'Cases supervised',
		unit: 'count',
		target: null,
		direction: 'down',
		value: (rng, month) =>
			Math.round(normal({ rng, mean: 96 - 3.5 * years(month) - 10 * lockdown(month), sd: 4 }))
	},
	{
		measure: 'Orders completed successfully',
		unit: 'percent',
		target: 75,
		direction: 'up',
		value: (rng, month) => clamp(normal({ rng, mean: 78 - 5 * lockdown(month), sd: 3.5 }), 62, 92)
	}
];

/** The probation measures file in long layout, e.g. `probationCsv({ seed: 1, months })`. */
export function probationCsv({
	seed,
	months
}: {
	seed: number;
	months: readonly string[];
}): string {
	const rows = months.flatMap((month) => {
		const rng = streamFor({ seed, label: `probation:${month}` });
		return RECIPES.map((r) => {
			const value = r.value(rng, month);
			return [
				month,
				'City of London',
				r.measure,
				r.unit === 'percent' ? value.toFixed(1) : String(value),
				r.unit,
				r.target === null ? '' : String(r.target),
				r.direction
			];
		});
	});
	return toCsv({ header: PROBATION_HEADER, rows });
}
