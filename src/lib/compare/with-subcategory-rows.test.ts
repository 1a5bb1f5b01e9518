import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fireKindsStore } from '../../../tests/support/fire-kinds-store';
import { seededStore } from '../../../tests/support/seed-store';
import type { Connector } from '../db/connector';
import { loadOverview } from '../overview/load-overview';
import { parsePeriod } from '../periods/parse-period';
import { runComparison } from './run-comparison';
import { withSubcategoryRows } from './with-subcategory-rows';

describe('withSubcategoryRows', () => {
	let db: Connector;
	beforeAll(async () => (db = await fireKindsStore()));
	afterAll(() => db.close());

	it.each([['2021-06'], ['2020-06']])(
		'gives the CLI the rows the overview shows for %s, kinds included',
		async (period) => {
			const all = await runComparison({
				db,
				source: 'lfb',
				area: 'City of London',
				period: parsePeriod(period)
			});
			const c = await withSubcategoryRows({ db, comparison: all });
			const o = await loadOverview({ db, period });
			const fire = o.sections!.find((s) => s.key === 'fire')!.comparison!;
			expect(c.rows).toEqual(fire.rows);
			expect(c.rows.some((r) => r.kind === 'subcategory')).toBe(period === '2021-06');
		}
	);

	it('leaves a source without kinds as it was', async () => {
		const police = await seededStore({
			months: { '2020-06': { Burglary: 3 }, '2021-06': { Burglary: 5 } }
		});
		try {
			const c = await runComparison({
				db: police,
				source: 'police-street',
				area: 'Test Force',
				period: parsePeriod('2021-06')
			});
			expect(await withSubcategoryRows({ db: police, comparison: c })).toBe(c);
		} finally {
			await police.close();
		}
	});
});
