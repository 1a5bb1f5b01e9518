import { describe, expect, it } from 'vitest';
import { compactChoices, expandChoices } from './compact-choices';
import type { OverviewData } from './overview-data';
import { periodChoices } from './period-choices';

const base: OverviewData = { series: null, months: ['2024-12'], month: '2024-12', tables: [] };

describe('compactChoices and expandChoices', () => {
	it.each([
		['ten years', '2015-01', '2024-12'],
		['a financial year part-way', '2021-04', '2022-01'],
		['one month', '2020-06', '2020-06']
	])('%s: the span alone gives the same choices back', (_, first, last) => {
		const data = { ...base, choices: periodChoices({ first, last }) };
		const compact = compactChoices(data);
		expect(compact.choiceSpan).toEqual({ first, last });
		expect('choices' in compact).toBe(false);
		expect(expandChoices(compact)).toEqual(data);
	});

	it('leaves data without choices as it was', () => {
		expect(compactChoices(base).choiceSpan).toBeNull();
		expect(expandChoices(compactChoices(base))).toEqual(base);
	});

	it('sends a tenth of the bytes for ten years of choices', () => {
		const data = { ...base, choices: periodChoices({ first: '2015-01', last: '2024-12' }) };
		const [full, compact] = [data, compactChoices(data)].map((d) => JSON.stringify(d).length);
		expect(compact! * 10).toBeLessThan(full!);
	});
});
