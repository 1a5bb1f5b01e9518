import { footfall, seasonal } from './footfall.ts';
import { SAMPLE_FROM, monthsBetween } from './months.ts';

/** How one police.uk crime type behaves in the synthetic City of London series. */
export interface CrimeTypeProfile {
	type: string;
	/** Mean rows a month before the pandemic, at the start of the sample. */
	base: number;
	/** Yearly multiplicative drift, e.g. 0.04 = +4% a year. */
	trend: number;
	/** How strongly the count follows footfall: 0 = not at all, 1 = proportionally. */
	elasticity: number;
	/** How much of the seasonal shape applies: 0 = flat, 1 = full, 2 = doubled. */
	season: number;
	/** Share of rows with `No Location`. */
	noLocation: number;
	/** Hard monthly ceiling, for the types the City sees only a handful of. */
	cap?: number;
}

export const ASB = 'Anti-social behaviour';

/** The month the synthetic ASB reporting practice changes, roughly doubling ASB rows. */
export const ASB_STEP_MONTH = '2019-04';
const ASB_STEP_FACTOR = 2.1;

// Calibrated against the real 2020–21 City files, scaled back up to pre-pandemic footfall.
export const CRIME_TYPES: readonly CrimeTypeProfile[] = [
	{ type: ASB, base: 31, trend: 0, elasticity: 0.15, season: 0.5, noLocation: 0.03 },
	{ type: 'Bicycle theft', base: 32, trend: -0.02, elasticity: 1, season: 1.8, noLocation: 0.03 },
	{ type: 'Burglary', base: 20, trend: -0.03, elasticity: 0.4, season: 0.3, noLocation: 0.05 },
	{
		type: 'Criminal damage and arson',
		base: 20,
		trend: 0,
		elasticity: 0.5,
		season: 0.5,
		noLocation: 0.05
	},
	{ type: 'Drugs', base: 44, trend: 0.03, elasticity: 0.3, season: 0.3, noLocation: 0.04 },
	{ type: 'Other crime', base: 17, trend: 0.02, elasticity: 0.3, season: 0.2, noLocation: 0.3 },
	{ type: 'Other theft', base: 108, trend: 0, elasticity: 1.2, season: 1, noLocation: 0.12 },
	{
		type: 'Possession of weapons',
		base: 2.4,
		trend: 0,
		elasticity: 0.3,
		season: 0,
		noLocation: 0.05,
		cap: 6
	},
	{ type: 'Public order', base: 28, trend: 0.05, elasticity: 0.6, season: 1, noLocation: 0.05 },
	{ type: 'Robbery', base: 2.8, trend: 0, elasticity: 0.8, season: 0.5, noLocation: 0.05, cap: 6 },
	{ type: 'Shoplifting', base: 52, trend: 0, elasticity: 0.6, season: 0.8, noLocation: 0.02 },
	{
		type: 'Theft from the person',
		base: 56,
		trend: 0,
		elasticity: 1.1,
		season: 1,
		noLocation: 0.06
	},
	{ type: 'Vehicle crime', base: 15, trend: -0.02, elasticity: 0.6, season: 0.5, noLocation: 0.04 },
	{
		type: 'Violence and sexual offences',
		base: 78,
		trend: 0.04,
		elasticity: 0.8,
		season: 1,
		noLocation: 0.1
	}
];

/** Expected rows of one type in one month, e.g. `expectedCount({ profile, month: '2020-04' })`. */
export function expectedCount({
	profile,
	month
}: {
	profile: CrimeTypeProfile;
	month: string;
}): number {
	const years = monthsBetween({ from: SAMPLE_FROM, month }) / 12;
	const drift = Math.pow(1 + profile.trend, years);
	const season = 1 + profile.season * (seasonal({ month }) - 1);
	const crowd = Math.pow(footfall({ month }), profile.elasticity);
	const step = profile.type === ASB && month >= ASB_STEP_MONTH ? ASB_STEP_FACTOR : 1;
	return profile.base * drift * season * crowd * step;
}
