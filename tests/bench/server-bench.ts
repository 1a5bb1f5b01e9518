import { periodChoices } from '../../src/lib/overview/period-choices';

/**
 * `count` different overview addresses over the store's months: periods of every kind, each a
 * year earlier or the previous period, crime types or priority groups, spread across the years.
 * @example overviewViews({ first: '2015-01', last: '2024-12', count: 3 }) // ['/?period=2024-12', …]
 */
export function overviewViews(opts: { first: string; last: string; count: number }): string[] {
	const kinds = periodChoices(opts).kinds.map((k) => k.options.map((o) => o.token));
	const all: string[] = [];
	for (let i = 0; all.length < opts.count && i < opts.count * 50; i++) {
		const tokens = kinds[i % kinds.length]!;
		const token = tokens[(i * 7) % tokens.length]!;
		const params = new URLSearchParams({ period: token });
		if (i % 3 === 1) params.set('vs', 'previous');
		if (i % 4 >= 2) params.set('group', 'all');
		const view = `/?${params}`;
		if (!all.includes(view)) all.push(view);
	}
	return all;
}

/**
 * The server's answer times in ms for `requests` different overview addresses, each asked for
 * twice (a first pass of new views, then a second of the same views again), and, interleaved
 * with them in the same run, a static file (the baseline: what any request costs here), one at a
 * time. A server that keeps answers shows it as fast repeats; the first pass is what it costs.
 * @example await serverBench({ url, requests: 100, first: '2015-01', last: '2024-12' })
 */
export async function serverBench(opts: {
	url: string;
	requests: number;
	first: string;
	last: string;
}): Promise<{ home: number[]; fresh: number[]; repeat: number[]; asset: number[] }> {
	const time = async (path: string) => {
		const started = performance.now();
		const response = await fetch(`${opts.url}${path}`);
		await response.arrayBuffer();
		if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
		return performance.now() - started;
	};
	const views = overviewViews({ ...opts, count: opts.requests + 5 });
	// Warm the server's copy of the store and its code on views the bench does not time.
	for (const view of views.splice(0, 5)) await time(view);
	const home: number[] = [];
	const fresh: number[] = [];
	const repeat: number[] = [];
	const asset: number[] = [];
	for (const pass of [fresh, repeat])
		for (const view of views) {
			pass.push(await time(view));
			asset.push(await time('/favicon.svg'));
			if (pass === repeat) home.push(await time('/'));
		}
	return { home, fresh, repeat, asset };
}
