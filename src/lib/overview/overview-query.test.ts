import { describe, expect, it } from 'vitest';
import { readOverviewQuery, writeOverviewQuery } from './overview-query';

describe('overview query', () => {
	it.each([
		[
			'?period=FY2020-21&vs=previous',
			{ period: 'FY2020-21', vs: 'previous', area: null, group: null, rate: null, month: null }
		],
		[
			'?month=2021-06',
			{ period: null, vs: null, area: null, group: null, rate: null, month: '2021-06' }
		],
		[
			'?period=FY2021-22&area=City+of+London',
			{
				period: 'FY2021-22',
				vs: null,
				area: 'City of London',
				group: null,
				rate: null,
				month: null
			}
		],
		[
			'?period=2021-04..2021-06&group=all&rate=residents',
			{
				period: '2021-04..2021-06',
				vs: null,
				area: null,
				group: 'all',
				rate: 'residents',
				month: null
			}
		]
	])('round-trips %s', (search, query) => {
		const url = new URL(`http://x/${search}`);
		expect(readOverviewQuery(url.searchParams)).toEqual(query);
		expect(writeOverviewQuery({ url: new URL('http://x/'), query }).search).toBe(url.search);
	});

	it('leaves the default base out', () => {
		const query = { period: '2021-06', vs: 'yoy', group: null, rate: null, month: null };
		expect(writeOverviewQuery({ url: new URL('http://x/?vs=previous'), query }).search).toBe(
			'?period=2021-06'
		);
	});
});
