import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadedDataDir, runCli } from '../../../tests/support/server';
import type { Connector } from '../db/connector';
import { createNodeConnector } from '../db/node-connector.server';
import { loadOverview } from './load-overview';
import type { OverviewData } from './overview-data';

// The bundled sample, imported by the CLI as an analyst would; the page's figures must be the
// command line's, so a committee paper and the dashboard never disagree.
let data: Awaited<ReturnType<typeof loadedDataDir>>;
let db: Connector;
let overview: OverviewData;
beforeAll(async () => {
	data = await loadedDataDir(['data/sample/police', 'data/sample/lfb', 'data/sample/probation']);
	db = createNodeConnector({ path: `${data.dir}/store/safer-city.duckdb`, readOnly: true });
	overview = await loadOverview({ db, period: 'FY2021-22' });
}, 120_000);
afterAll(async () => {
	await db?.close();
	data?.remove();
});

const cli = async (source: string) => {
	const out = await runCli([
		'compare',
		'--source',
		source,
		'--period',
		'FY2021-22',
		'--json',
		'--data-dir',
		data.dir
	]);
	expect(out.code).toBe(0);
	return JSON.parse(out.stdout);
};
const section = (key: string) => overview.sections!.find((s) => s.key === key)!;

describe('the overview of the bundled sample, FY2021-22', () => {
	it('shows all four sections of the City, marked synthetic', () => {
		expect([overview.area, overview.areas, overview.synthetic]).toEqual([
			'City of London',
			['City of London'],
			true
		]);
		expect(overview.sections!.map((s) => [s.key, s.area])).toEqual([
			['crime', 'City of London Police'],
			['asb', 'City of London Police'],
			['fire', 'City of London'],
			['measures', 'City of London']
		]);
	});

	it('has the fire figures of compare --source lfb --json', async () => {
		const json = await cli('lfb');
		const c = section('fire').comparison!;
		expect([
			c.comparedLabel,
			...c.rows.map((r) => [
				r.key,
				r.comparison.now,
				r.comparison.then,
				r.comparison.pctLabel,
				r.narrative
			])
		]).toEqual([
			json.comparedLabel,
			...json.rows.map((r: Record<string, unknown>) => [
				r.category,
				r.now,
				r.then,
				r.pctLabel,
				r.narrative
			])
		]);
		expect(c.rows[0]!.key).toBe('All incidents');
	}, 60_000);

	it('has the measure figures of compare --source measures --json', async () => {
		const json = await cli('measures');
		const m = section('measures').measures!;
		const pick = (r: object) => pickOf(r as Record<string, unknown>);
		const pickOf = (r: Record<string, unknown>) => [
			r.key,
			r.now,
			r.then,
			r.changeLabel,
			r.pctLabel,
			r.status,
			r.narrative
		];
		expect(m.rows.map(pick)).toEqual(json.rows.map(pick));
		expect(m.rows.map((r) => [r.key, r.basisLabel, r.evaluation?.rag ?? null])).toEqual([
			['Cases supervised', 'sum of 12 months', null],
			['Orders completed successfully', 'mean of 12 months', 'green'],
			['Reports delivered on the day', 'mean of 12 months', 'green']
		]);
	}, 60_000);
});
