import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onTime, partnershipStore } from '../../../tests/support/partnership-store';
import { loadStoreFacts } from '../compare/load-store-facts';
import type { StoreFacts } from '../compare/store-facts';
import type { Connector } from '../db/connector';
import { listMonths } from '../periods/month';
import { loadSeries } from './load-series';
import { UnknownSeriesError } from './series-data';

let db: Connector;
let facts: StoreFacts;
beforeAll(async () => {
	db = await partnershipStore();
	facts = await loadStoreFacts({ db });
});
afterAll(() => db.close());

const fy22 = listMonths({ start: '2021-04', end: '2022-03' });
const mean = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10;

describe('loadSeries: measures and unknown keys', () => {
	it.each([
		['Reports delivered on the day', 'percent', 'up', 60, 36, mean(fy22.map(onTime))],
		['Reoffending rate', 'rate', 'down', 22, 22, mean([21.4, 21.7, 22, 22.1])]
	])('the measure %s', async (key, unit, direction, target, length, now) => {
		const s = await loadSeries({
			db,
			facts,
			source: 'measures',
			area: 'City of London',
			key,
			period: 'FY2021-22'
		});
		expect([
			s.kind,
			s.unit,
			s.direction,
			s.target,
			s.months.length,
			s.measure?.now,
			s.comparedLabel
		]).toEqual(['measure', unit, direction, target, length, now, '2021-22 compared with 2020-21']);
	});

	it('a quarterly measure has its values at each quarter end, gaps between', async () => {
		const s = await loadSeries({
			db,
			facts,
			source: 'measures',
			area: 'City of London',
			key: 'Reoffending rate'
		});
		expect(s.months.slice(0, 4)).toEqual([
			{ month: '2020-06', value: 20.4 },
			{ month: '2020-07', value: null },
			{ month: '2020-08', value: null },
			{ month: '2020-09', value: 20.7 }
		]);
	});

	it.each([
		[
			'police-street',
			'City of London',
			'Arson',
			'police-street in City of London Police has no row "Arson"; the rows are "All crime", "Anti-social behaviour", "Burglary", "Drugs", "Robbery", "group:acquisitive crime".'
		],
		['lfb', 'Camden', 'Fire', 'No lfb data for "Camden"; its areas are "City of London".'],
		['mopac', 'Camden', 'Fire', 'No mopac data for "Camden".'],
		['measures', 'City of London', 'Arrests', 'No measure "Arrests" in City of London.']
	])('%s %s %s is unknown: a 404 saying what there is', async (source, area, key, message) => {
		const error = await loadSeries({ db, facts, source, area, key }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(UnknownSeriesError);
		expect([(error as UnknownSeriesError).message, (error as UnknownSeriesError).status]).toEqual([
			message,
			404
		]);
	});
});
