import type { OverviewQuery } from './overview-query';

/**
 * The link to one series' page, carrying the period and base so its headline matches the overview.
 * @example seriesHref({ source: 'lfb', area: 'City of London', key: 'Fire', query: { period: 'FY2021-22' } }) // '/series/lfb/City%20of%20London/Fire?period=FY2021-22'
 */
export function seriesHref(opts: {
	source: string;
	area: string;
	key: string;
	query?: Partial<Pick<OverviewQuery, 'period' | 'vs'>>;
}): string {
	const path = [opts.source, opts.area, opts.key].map(encodeURIComponent).join('/');
	const params = new URLSearchParams();
	if (opts.query?.period) params.set('period', opts.query.period);
	if (opts.query?.vs && opts.query.vs !== 'yoy') params.set('vs', opts.query.vs);
	const search = params.toString();
	return `/series/${path}${search ? `?${search}` : ''}`;
}
