import { describe, expect, it } from 'vitest';
import type { MonthPlan } from '../store/month-plan';
import { countText, summariseMonthPlans } from './upload-plan';

const plan = (area: string, month: string, status: MonthPlan['status'] = 'new'): MonthPlan => ({
	source: 'mopac',
	area,
	month,
	status,
	oldRows: status === 'new' ? null : 3,
	newRows: 3,
	changes: []
});

describe('summariseMonthPlans', () => {
	it('groups by source and area, months in order, with counts per status', () => {
		const months = [
			plan('Camden', '2024-02', 'replaced'),
			plan('Barnet', '2024-01'),
			plan('Camden', '2024-01'),
			plan('Camden', '2024-03', 'unchanged')
		];
		const summary = summariseMonthPlans({ months });
		expect(summary.text).toBe('4 months: 2 new, 1 replaced, 1 unchanged');
		expect(summary.collapse).toBe(false);
		expect(
			summary.groups.map((g) => [g.label, g.first, g.last, g.text, g.months.map((m) => m.month)])
		).toEqual([
			['Barnet · MOPAC', '2024-01', '2024-01', '1 month: 1 new', ['2024-01']],
			[
				'Camden · MOPAC',
				'2024-01',
				'2024-03',
				'3 months: 1 new, 1 replaced, 1 unchanged',
				['2024-01', '2024-02', '2024-03']
			]
		]);
	});

	it('collapses a MOPAC table of 180 months × 33 boroughs to one line', () => {
		const months = Array.from({ length: 33 }, (_, b) =>
			Array.from({ length: 180 }, (_, i) => {
				const y = 2010 + Math.floor(i / 12);
				return plan(`Borough ${b}`, `${y}-${String((i % 12) + 1).padStart(2, '0')}`);
			})
		).flat();
		const summary = summariseMonthPlans({ months });
		expect(summary).toMatchObject({ total: 5940, text: '5,940 months: 5,940 new', collapse: true });
		expect(summary.groups).toHaveLength(33);
	});

	it('says one month in the singular', () => {
		expect(countText({ months: [plan('City', '2024-01', 'revised')] })).toBe('1 month: 1 revised');
	});
});
