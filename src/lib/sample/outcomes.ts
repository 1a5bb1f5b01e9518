import { ASB } from './crime-types.ts';
import { SAMPLE_TO, monthsBetween } from './months.ts';
import type { Rng } from './prng.ts';
import { weighted, type Weighted } from './random.ts';

// Volume crimes without a suspect mostly close with no suspect identified.
const NO_SUSPECT_BOOST = Object.fromEntries(
	[
		'Other theft',
		'Theft from the person',
		'Bicycle theft',
		'Vehicle crime',
		'Burglary',
		'Criminal damage and arson'
	].map((type) => [type, 1.8])
);

interface OutcomeRule {
	outcome: string;
	weight: number;
	/** Multipliers by crime type. */
	byType?: Readonly<Record<string, number>>;
	/** Multiplier for types not in `byType`; 0 restricts the outcome to those types. */
	otherTypes?: number;
	/** Multiplier as a function of how many months before the end of the sample the crime is. */
	byAge?: (age: number) => number;
}

// Weights follow the mix in recent City files; open cases close as a month ages.
const RULES: readonly OutcomeRule[] = [
	{
		outcome: 'Investigation complete; no suspect identified',
		weight: 36,
		byType: { ...NO_SUSPECT_BOOST, Drugs: 0.05, Shoplifting: 0.6, 'Public order': 0.7 },
		byAge: (age) => (age < 3 ? 0.7 : 1)
	},
	{ outcome: 'Status update unavailable', weight: 11 },
	{
		outcome: 'Unable to prosecute suspect',
		weight: 8,
		byType: { 'Violence and sexual offences': 2.2, 'Public order': 1.8 }
	},
	{
		outcome: 'Under investigation',
		weight: 8,
		byAge: (age) => (age < 6 ? 4 : age < 12 ? 2 : age < 24 ? 0.6 : 0.15)
	},
	{
		outcome: 'Awaiting court outcome',
		weight: 5,
		byType: { Shoplifting: 2.5, Drugs: 1.5, 'Possession of weapons': 3, Robbery: 2 },
		byAge: (age) => (age < 12 ? 1.5 : age < 36 ? 0.8 : 0.4)
	},
	{ outcome: 'Court result unavailable', weight: 4, byAge: (age) => (age < 12 ? 0.5 : 1.3) },
	{
		outcome: 'Offender given a drugs possession warning',
		weight: 28,
		byType: { Drugs: 1 },
		otherTypes: 0
	},
	{ outcome: 'Formal action is not in the public interest', weight: 2 },
	{ outcome: 'Offender given a caution', weight: 2, byType: { Shoplifting: 2, Drugs: 2 } },
	{ outcome: 'Further investigation is not in the public interest', weight: 0.6 },
	{ outcome: 'Action to be taken by another organisation', weight: 0.6 },
	{ outcome: 'Local resolution', weight: 0.6, byType: { Shoplifting: 3, 'Public order': 2 } },
	{ outcome: 'Offender given penalty notice', weight: 0.5, byType: { 'Public order': 3, Drugs: 2 } }
];

function outcomeWeights(type: string, age: number): Weighted<string>[] {
	return RULES.map((rule) => {
		const typeFactor = rule.byType?.[type] ?? rule.otherTypes ?? 1;
		return [rule.outcome, rule.weight * typeFactor * (rule.byAge?.(age) ?? 1)] as const;
	});
}

/** A `Last outcome category`; ASB has none, e.g. `pickOutcome({ rng, type: 'Drugs', month })`. */
export function pickOutcome({
	rng,
	type,
	month
}: {
	rng: Rng;
	type: string;
	month: string;
}): string {
	if (type === ASB) return '';
	const age = monthsBetween({ from: month, month: SAMPLE_TO });
	return weighted({ rng, items: outcomeWeights(type, age) });
}
