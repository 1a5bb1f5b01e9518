import type { Comparison } from '../compare/comparison';
import type { MeasureComparison } from '../compare/measure-comparison';
import type { MonthValue } from '../series/month-value';

/** The chosen period's own figure over all its months with data, when the comparison counts fewer. */
export interface OwnTotal {
	/** e.g. "2020-21: 12 of 12 months with data". */
	label: string;
	value: number;
	/** Months of the period with data. */
	months: number;
	/** Months in the period. */
	of: number;
}

/** One partner's figures on the overview: police crime, ASB, fire, partner measures, … */
export interface OverviewSection {
	/** 'crime', 'asb', 'fire', 'measures', or another source's name. */
	key: string;
	title: string;
	source: string;
	area: string;
	/** Count sources: the period against its base. */
	comparison: Comparison | null;
	/** The measures source. */
	measures: MeasureComparison | null;
	/** 24 months ending at the period's last month, per row key, gaps as null. */
	sparks: Record<string, MonthValue[]>;
	/** The headline row's own total for the period; null when the comparison already counts it all. */
	ownTotal: OwnTotal | null;
	/** Sentences for the committee paper: the headline row's, then any like-for-like note. */
	narrative: string[];
}

/** Section titles by key; another source is titled by its name. */
export const SECTION_TITLES: Readonly<Record<string, string>> = {
	crime: 'Police recorded crime',
	asb: 'Anti-social behaviour',
	fire: 'Fire and rescue incidents',
	measures: 'Probation and partner measures',
	mopac: 'Met recorded crime (MOPAC)',
	'police-outcomes': 'Police outcomes'
};
