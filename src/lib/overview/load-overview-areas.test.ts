import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedMonths } from '../../../tests/support/seed-store';
import { partnershipStore } from '../../../tests/support/partnership-store';
import type { Connector } from '../db/connector';
import { loadOverview } from './load-overview';

let db: Connector;
beforeAll(async () => {
	db = await partnershipStore();
	await seedMonths({
		db,
		source: 'lfb',
		area: 'Camden',
		months: { '2021-04': { Fire: 9 } },
		firstId: 500
	});
	const mopac = {
		'2020-04': { 'THEFT / SHOPLIFTING': 7, 'BURGLARY / DOMESTIC': 2 },
		'2021-04': { 'THEFT / SHOPLIFTING': 5 }
	};
	await seedMonths({ db, source: 'mopac', area: 'Camden', months: mopac, firstId: 600 });
});
afterAll(() => db.close());

describe('loadOverview areas and other sources', () => {
	it('shows another count source generically: its categories, summed for its sparkline', async () => {
		const o = await loadOverview({ db, period: '2021-04', area: 'Camden' });
		const s = o.sections![1]!;
		expect([
			s.title,
			s.comparison!.rows.map((r) => [r.key, r.comparison.now, r.comparison.then])
		]).toEqual([
			'Met recorded crime (MOPAC)',
			[
				['BURGLARY / DOMESTIC', 0, 2],
				['THEFT / SHOPLIFTING', 5, 7]
			]
		]);
		expect([s.sparks.mopac!.at(-1), s.sparks.mopac![12], s.sparks.mopac![11]]).toEqual([
			{ month: '2021-04', value: 5 },
			{ month: '2020-05', value: null },
			{ month: '2020-04', value: 9 }
		]);
		expect(s.narrative).toEqual(s.comparison!.rows.map((r) => r.narrative));
	});

	it.each([
		['City of London Police', 'City of London', ['crime', 'asb', 'fire', 'measures'], null],
		['camden', 'Camden', ['fire', 'mopac'], null],
		[
			'Barnet',
			'City of London',
			['crime', 'asb', 'fire', 'measures'],
			'No data for the area "Barnet"; the areas are "Camden", "City of London".'
		]
	])('the area %s shows %s', async (area, name, keys, problem) => {
		const o = await loadOverview({ db, period: 'FY2021-22', area });
		expect([o.area, o.sections!.map((s) => s.key), o.problem]).toEqual([name, keys, problem]);
	});
});
