import { describe, expect, it } from 'vitest';
import { seriesHref } from './series-href';

describe('seriesHref', () => {
	it.each([
		[{ source: 'lfb', area: 'City of London', key: 'Fire' }, '/series/lfb/City%20of%20London/Fire'],
		[
			{ source: 'police-street', area: 'X', key: 'group:violence', query: { period: '2021-Q2' } },
			'/series/police-street/X/group%3Aviolence?period=2021-Q2'
		],
		[
			{ source: 'measures', area: 'A', key: 'On time / late?', query: { vs: 'previous' } },
			'/series/measures/A/On%20time%20%2F%20late%3F?vs=previous'
		],
		[{ source: 's', area: 'a', key: 'k', query: { period: null, vs: 'yoy' } }, '/series/s/a/k']
	])('links %j to %s', (opts, href) => expect(seriesHref(opts)).toBe(href));
});
