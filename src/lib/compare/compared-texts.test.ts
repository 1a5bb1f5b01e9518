import { describe, expect, it } from 'vitest';
import { comparedTexts } from './compared-texts';

const base = {
	complete: false,
	comparedRange: null,
	length: 12,
	periodLabel: '2021-22',
	baseLabel: '2020-21',
	inProgress: false
};

describe('comparedTexts', () => {
	it.each([
		[
			'complete',
			{ complete: true, compared: { now: ['x'], then: ['y'] }, missing: { now: [], then: [] } },
			{ now: '2021-22', then: '2020-21' }
		],
		[
			'in progress',
			{
				inProgress: true,
				comparedRange: {
					now: { start: '2021-04', end: '2021-12' },
					then: { start: '2020-04', end: '2020-12' }
				},
				compared: { now: Array(9).fill(''), then: [] },
				missing: { now: ['2022-01', '2022-02', '2022-03'], then: [] }
			},
			{ now: 'April–December 2021', then: 'April–December 2020', incomplete: '2021-22' }
		],
		[
			'one gap',
			{ compared: { now: Array(11).fill(''), then: [] }, missing: { now: ['2021-10'], then: [] } },
			{
				now: '11 of the 12 months of 2021-22',
				then: 'the same months of 2020-21',
				gapNote: 'no data for October 2021, which is left out with the month it pairs with'
			}
		],
		[
			'three gaps',
			{
				compared: { now: Array(9).fill(''), then: [] },
				missing: { now: ['2021-10', '2021-12'], then: ['2020-05'] }
			},
			{
				now: '9 of the 12 months of 2021-22',
				then: 'the same months of 2020-21',
				gapNote:
					'no data for May 2020, October 2021 and December 2021, which are left out with the months they pair with'
			}
		],
		[
			'many gaps',
			{
				compared: { now: Array(7).fill(''), then: [] },
				missing: { now: ['2021-04', '2021-05', '2021-06', '2021-07', '2021-09'], then: [] }
			},
			{
				now: '7 of the 12 months of 2021-22',
				then: 'the same months of 2020-21',
				gapNote:
					'no data for 5 months (April 2021 to September 2021), which are left out with the months they pair with'
			}
		]
	])('%s', (_name, partial, expected) => {
		expect(comparedTexts({ ...base, ...partial })).toEqual(expected);
	});
});
