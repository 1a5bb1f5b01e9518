import { describe, expect, it } from 'vitest';
import { summarisePlan, type PlanRow } from './month-plan';

const row = (o: Partial<PlanRow>): PlanRow => ({
	source: 'police-street',
	area: 'A',
	month: '2021-06',
	new_rows: 3,
	old_rows: 3,
	same_content: true,
	category: 'Burglary',
	old_count: 3,
	new_count: 3,
	...o
});

describe('summarisePlan', () => {
	it.each([
		{
			name: 'a month not stored yet is new',
			rows: [row({ old_rows: null, old_count: null })],
			status: 'new',
			changes: []
		},
		{ name: 'identical content is unchanged', rows: [row({})], status: 'unchanged', changes: [] },
		{
			name: 'same counts but other outcomes is revised',
			rows: [row({ same_content: false })],
			status: 'revised',
			changes: []
		},
		{
			name: 'different counts is replaced, with each changed category',
			rows: [
				row({ same_content: false, new_rows: 5, category: 'Burglary', old_count: 3, new_count: 4 }),
				row({ same_content: false, new_rows: 5, category: 'Drugs', old_count: null, new_count: 1 }),
				row({ same_content: false, new_rows: 5, category: 'Robbery', old_count: 2, new_count: 2 })
			],
			status: 'replaced',
			changes: [
				{ category: 'Burglary', old: 3, new: 4 },
				{ category: 'Drugs', old: 0, new: 1 }
			]
		}
	])('$name', ({ rows, status, changes }) => {
		const [plan] = summarisePlan({ rows });
		expect(plan?.status).toBe(status);
		expect(plan?.changes).toEqual(changes);
	});

	it('keeps one plan per source, area and month, in order', () => {
		const plans = summarisePlan({
			rows: [row({ month: '2021-05' }), row({ month: '2021-05', category: 'Drugs' }), row({})]
		});
		expect(plans.map((p) => p.month)).toEqual(['2021-05', '2021-06']);
	});
});
