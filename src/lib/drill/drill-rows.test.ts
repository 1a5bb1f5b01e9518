import { describe, expect, it } from 'vitest';
import { drillRows } from './drill-rows';

describe('drillRows', () => {
	it.each([
		{
			name: 'shares, change and pending outcomes',
			rows: [
				{
					key: 'Under investigation',
					name: null,
					current: 3,
					base: 1,
					current_total: 4,
					base_total: 4
				},
				{ key: 'Charged', name: null, current: 1, base: 3, current_total: 4, base_total: 4 }
			],
			want: [
				{
					label: 'Under investigation',
					currentShare: 0.75,
					baseShare: 0.25,
					change: 2,
					pending: true,
					inside: null
				},
				{
					label: 'Charged',
					currentShare: 0.25,
					baseShare: 0.75,
					change: -2 / 3,
					pending: false,
					inside: null
				}
			]
		},
		{
			name: 'an LSOA inside and one outside, no base',
			rows: [
				{
					key: 'E01000001',
					name: 'City of London 001A',
					current: 2,
					base: 0,
					current_total: 4,
					base_total: 0
				},
				{
					key: 'E01000914',
					name: 'Camden 028B',
					current: 2,
					base: 0,
					current_total: 4,
					base_total: 0
				}
			],
			want: [
				{
					label: 'City of London 001A (E01000001)',
					currentShare: 0.5,
					baseShare: 0,
					change: null,
					inside: true
				},
				{
					label: 'Camden 028B (E01000914)',
					currentShare: 0.5,
					baseShare: 0,
					change: null,
					inside: false
				}
			]
		}
	])('$name', ({ rows, want }) => {
		const got = drillRows({ rows, missing: 'None', partnership: 'City of London' });
		expect(got.rows).toMatchObject(want);
	});
});
