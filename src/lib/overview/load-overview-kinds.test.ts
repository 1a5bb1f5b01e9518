import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fireKindsStore } from '../../../tests/support/fire-kinds-store';
import type { Connector } from '../db/connector';
import { loadOverview } from './load-overview';
import { loadSeries } from './load-series';

let db: Connector;
beforeAll(async () => (db = await fireKindsStore()));
afterAll(() => db.close());

const fireRows = async (period: string, vs?: string) => {
	const o = await loadOverview({ db, period, vs });
	const fire = o.sections!.find((s) => s.key === 'fire')!;
	return {
		fire,
		rows: fire.comparison!.rows.map((r) => [
			r.key,
			r.comparison.now,
			r.comparison.then,
			r.parent ?? null
		])
	};
};

describe('loadOverview: the kinds of fire incidents', () => {
	it('nests the main kinds under each group, the rest summed, totals as before', async () => {
		const { fire, rows } = await fireRows('2021-06');
		const SS = 'Special Service';
		expect(rows).toEqual([
			['All incidents', 160, 128, null],
			['Fire', 20, 18, null],
			['Fire: Primary Fire', 12, 10, 'Fire'],
			['Fire: Secondary Fire', 7, 8, 'Fire'],
			// 1 of 20 is 5%: shown.
			['Fire: Chimney Fire', 1, 0, 'Fire'],
			[SS, 40, 30, null],
			[`${SS}: RTC`, 10, 12, SS],
			[`${SS}: Flooding`, 9, 3, SS],
			[`${SS}: Lift Release`, 8, 8, SS],
			[`${SS}: Effecting entry/exit`, 6, 4, SS],
			[`${SS}: Assist other agencies`, 3, 1, SS],
			[`${SS}: Animal assistance incidents`, 2, 0, SS],
			// Advice Only (0 and 2, 7% of the base) is the seventh: with Medical Incident and the kind not recorded.
			[`${SS}: other kinds`, 2, 2, SS],
			['False Alarm', 100, 80, null],
			['False Alarm: AFA', 90, 75, 'False Alarm'],
			['False Alarm: False alarm - Good intent', 9, 5, 'False Alarm'],
			// Under 5%, but the only one left: shown by name, not as "other kinds".
			['False Alarm: False alarm - Malicious', 1, 0, 'False Alarm']
		]);
		const other = fire.comparison!.rows.find((r) => r.key === `${SS}: other kinds`)!;
		expect([other.kind, other.label, other.members]).toEqual([
			'subcategory',
			`${SS}: other kinds`,
			// Largest first, as the kinds shown.
			[`${SS}: kind not recorded`, `${SS}: Medical Incident`, `${SS}: Advice Only`]
		]);
		const rtc = fire.comparison!.rows.find((r) => r.key === `${SS}: RTC`)!;
		expect(rtc.narrative).toMatch(/^Special Service: RTC fell by 16\.7% \(from 12 to 10\)/);
		expect(
			fire.sparks[`${SS}: RTC`]?.filter((m) => m.value !== null || m.month === '2019-09')
		).toEqual([
			// No kinds stored for September 2019: a gap, not 0.
			{ month: '2019-09', value: null },
			{ month: '2020-06', value: 12 },
			{ month: '2021-06', value: 10 }
		]);
	});

	it('shows no kinds when a compared month has none stored (a store made before kinds were kept)', async () => {
		const { rows } = await fireRows('2020-06', '2019-09');
		expect(rows).toEqual([
			['All incidents', 128, 105, null],
			['Fire', 18, 15, null],
			['Special Service', 30, 20, null],
			['False Alarm', 80, 70, null]
		]);
	});

	it('gives a kind its series page: its history, a gap where no kinds were stored, its comparison', async () => {
		const key = 'Special Service: RTC';
		const s = await loadSeries({
			db,
			source: 'lfb',
			area: 'City of London',
			key,
			period: '2021-06'
		});
		expect([s.key, s.label, s.kind, s.members]).toEqual([key, key, 'subcategory', [key]]);
		const values = s.months.filter((m) => ['2019-09', '2020-06', '2021-06'].includes(m.month));
		expect(values).toEqual([
			{ month: '2019-09', value: null },
			{ month: '2020-06', value: 12 },
			{ month: '2021-06', value: 10 }
		]);
		expect([s.comparison?.comparison.now, s.comparison?.comparison.then]).toEqual([10, 12]);
		expect(s.comparedLabel).toBe('June 2021 compared with June 2020');
	});

	it('refuses a kind the store does not hold, naming the kinds there are', async () => {
		await expect(
			loadSeries({
				db,
				source: 'lfb',
				area: 'City of London',
				key: 'Fire: Chimney',
				period: '2021-06'
			})
		).rejects.toThrow(
			'lfb in City of London has no kind "Fire: Chimney"; the kinds of Fire are "Fire: Chimney Fire", "Fire: Primary Fire", "Fire: Secondary Fire".'
		);
	});
});
