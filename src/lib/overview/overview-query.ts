/** What the overview shows, as it travels in the URL (`?period=FY2020-21&vs=previous&area=Camden`). */
export interface OverviewQuery {
	period: string | null;
	vs: string | null;
	/** The partnership (or one of its areas); null for the one with most data. */
	area?: string | null;
	group: string | null;
	rate: string | null;
	/** The older `?month=YYYY-MM` links. */
	month: string | null;
}

const KEYS = ['period', 'vs', 'area', 'group', 'rate', 'month'] as const;

/** Reads the overview's choices from a URL's search parameters. @example readOverviewQuery(url.searchParams) */
export function readOverviewQuery(params: URLSearchParams): OverviewQuery {
	return Object.fromEntries(
		KEYS.map((k) => [k, params.get(k) || null])
	) as unknown as OverviewQuery;
}

/** Writes choices into a URL, leaving defaults out so links stay short. @example writeOverviewQuery({ url, query }) */
export function writeOverviewQuery(opts: { url: URL; query: OverviewQuery }): URL {
	const url = new URL(opts.url);
	for (const key of KEYS) {
		const value = opts.query[key];
		const isDefault = value == null || (key === 'vs' && value === 'yoy');
		if (isDefault) url.searchParams.delete(key);
		else url.searchParams.set(key, value);
	}
	return url;
}
