import { describe, expect, it } from 'vitest';
import type { Series } from '../compare/store-facts';
import { findPartnership, partnershipAreas, partnershipOf } from './partnership-areas';

const series = (source: string, area: string, months: number): Series => ({
	source,
	area,
	first_month: '2020-01',
	last_month: '2021-12',
	months
});
const store = [
	series('police-street', 'City of London Police', 72),
	series('lfb', 'City of London', 72),
	series('mopac', 'Camden', 80),
	series('measures', 'City of London', 60),
	series('lfb', 'Camden', 10)
];

describe('partnershipAreas', () => {
	it.each([
		['City of London Police', 'City of London'],
		['Metropolitan Police Service', 'Metropolitan'],
		['City of London', 'City of London'],
		['Police', 'Police'],
		['Camden', 'Camden']
	])('%s belongs to %s', (area, name) => expect(partnershipOf(area)).toBe(name));

	it('pairs a force with its borough, the partnership with most months first', () => {
		expect(
			partnershipAreas({ series: store }).map((p) => [p.name, p.series.map((s) => s.source)])
		).toEqual([
			['Camden', ['mopac', 'lfb']],
			['City of London', ['police-street', 'lfb', 'measures']]
		]);
	});

	it.each([
		['city of london police', 'City of London'],
		['City of London', 'City of London'],
		['CAMDEN', 'Camden'],
		['Barnet', undefined]
	])('the choice %s picks %s', (area, name) => {
		const partnerships = partnershipAreas({ series: store });
		expect(findPartnership({ partnerships, area })?.name).toBe(name);
	});
});
