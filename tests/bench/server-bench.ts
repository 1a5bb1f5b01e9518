/**
 * The server's answer times in ms for the overview (`/`) and, interleaved with it in the same
 * run, a static file (the baseline: what any request costs on this machine), one at a time.
 * @example await serverBench({ url, requests: 200 })
 */
export async function serverBench(opts: {
	url: string;
	requests: number;
}): Promise<{ overview: number[]; asset: number[] }> {
	const time = async (path: string) => {
		const started = performance.now();
		const response = await fetch(`${opts.url}${path}`);
		await response.arrayBuffer();
		if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
		return performance.now() - started;
	};
	for (let i = 0; i < 5; i++) await time('/'); // warm the server's copy of the store and its code
	const overview: number[] = [];
	const asset: number[] = [];
	for (let i = 0; i < opts.requests; i++) {
		overview.push(await time('/'));
		asset.push(await time('/favicon.svg'));
	}
	return { overview, asset };
}
