import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asb, burglary, fire, partnershipStore } from '../../../tests/support/partnership-store';
import { loadStoreFacts } from '../compare/load-store-facts';
import type { StoreFacts } from '../compare/store-facts';
import type { Connector } from '../db/connector';
import { listMonths, monthNumberOf } from '../periods/month';
import { loadSeries } from './load-series';

let db: Connector;
let facts: StoreFacts;
beforeAll(async () => {
	db = await partnershipStore();
	facts = await loadStoreFacts({ db });
});
afterAll(() => db.close());

const crime = (m: string) => burglary(m) + (monthNumberOf(m) % 3) + 1;
const fy22 = listMonths({ start: '2021-04', end: '2022-03' });
const sum = (f: (m: string) => number) => fy22.reduce((t, m) => t + f(m), 0);

describe('loadSeries', () => {
	it.each([
		[
			'police-street',
			'City of London Police',
			'All crime',
			'All crime',
			'total',
			27,
			crime,
			0,
			sum(crime)
		],
		[
			'police-street',
			'City of London',
			'Anti-social behaviour',
			'Anti-social behaviour',
			'category',
			27,
			asb,
			1,
			sum(asb)
		],
		[
			'police-street',
			'City of London Police',
			'group:ACQUISITIVE CRIME',
			'group:acquisitive crime',
			'group',
			27,
			(m: string) => burglary(m) + 1,
			0,
			sum(burglary) + 12
		],
		[
			'lfb',
			'City of London',
			'All incidents',
			'All incidents',
			'total',
			36,
			(m: string) => fire(m) + 14,
			0,
			sum(fire) + 168
		],
		['lfb', 'city of london', 'Fire', 'Fire', 'category', 36, fire, 0, sum(fire)]
	])(
		'%s %s %s: full history, breaks, the FY2021-22 row',
		async (source, area, key, canonical, kind, length, value, breaks, now) => {
			const s = await loadSeries({ db, facts, source, area, key, period: 'FY2021-22' });
			expect([
				s.key,
				s.kind,
				s.months.length,
				s.months[0]!.value,
				s.breaks.length,
				s.comparison?.comparison.now,
				s.synthetic
			]).toEqual([canonical, kind, length, value(s.first!), breaks, now, false]);
			expect(s.months.every((m) => m.value === value(m.month))).toBe(true);
		}
	);

	it('a count row carries its target record; no period, no comparison', async () => {
		const s = await loadSeries({
			db,
			facts,
			source: 'police-street',
			area: 'City of London Police',
			key: 'Burglary',
			period: 'FY2021-22'
		});
		expect([
			s.targetRecord?.kind,
			s.targetRecord?.baseline,
			s.comparison?.target?.evaluation?.status
		]).toEqual(['beat-baseline', 'FY2020-21', 'off target']);
		const bare = await loadSeries({
			db,
			facts,
			source: 'lfb',
			area: 'City of London',
			key: 'Fire'
		});
		expect([bare.comparison, bare.comparedLabel, bare.period, bare.vs]).toEqual([
			null,
			null,
			null,
			null
		]);
	});
});
