import { existsSync } from 'node:fs';
import { runComparison } from '../lib/compare/run-comparison';
import { runMeasureComparison } from '../lib/compare/run-measure-comparison';
import { selectRows } from '../lib/compare/select-rows';
import { withSubcategoryRows } from '../lib/compare/with-subcategory-rows';
import { openWhenFree } from '../lib/db/open-when-free.server';
import { seriesSql } from '../lib/db/sql/coverage-sql';
import type { Series } from '../lib/compare/store-facts';
import type { ComparisonBasis } from '../lib/periods/comparison-period';
import { parsePeriod } from '../lib/periods/parse-period';
import type { Period } from '../lib/periods/period';
import type { Connector } from '../lib/db/connector';
import { latestVersionSql } from '../lib/db/sql/versions-sql';
import { lockWaitMs } from '../lib/server/lock-wait';
import { buildPinned } from '../lib/server/pinned-store';
import { storePath } from '../lib/server/store-path';
import { comparisonJson, measureComparisonJson } from './comparison-json';
import { formatComparisonText } from './format-comparison-text';
import { formatMeasureText } from './format-measure-text';
import { terminalJson } from './terminal-json';

/** Options of `compare`, as parsed from the command line. */
export interface CompareOptions {
	dataDir: string;
	period?: string;
	month?: string;
	from?: string;
	to?: string;
	vs?: string;
	source?: string;
	area?: string;
	/** A group name, or 'all' for every group. */
	group?: string;
	/** A named population for rates per 1,000, e.g. 'residents'. */
	rate?: string;
	/** Counts under this are small numbers (default 10). */
	smallNumbers?: string;
	/** Compare the figures as they were at this dataset version (`--version N`). */
	version?: string;
	json: boolean;
}

/**
 * Compares a period with its base and prints a table or JSON; returns the exit code.
 * @example await compareCommand({ dataDir: 'data', month: '2021-06', json: true, log: console.log })
 */
export async function compareCommand(
	opts: CompareOptions & { log: (line: string) => void }
): Promise<number> {
	const period = choosePeriod(opts);
	const vs: ComparisonBasis =
		!opts.vs || opts.vs === 'yoy' || opts.vs === 'previous'
			? ((opts.vs ?? 'yoy') as ComparisonBasis)
			: parsePeriod(opts.vs);
	const path = storePath({ dataDir: opts.dataDir });
	if (!existsSync(path)) {
		opts.log(`No store at ${path}: import files first with "npm run cli -- import <files…>".`);
		return 1;
	}
	const store = await openWhenFree({ path, readOnly: true, waitMs: lockWaitMs() });
	let db = store;
	try {
		if (opts.version !== undefined) db = await pinned(store, opts.version);
		const list = await db.query<Series & Record<string, unknown>>(seriesSql());
		const series = list.find(
			(s) => s.source === (opts.source ?? 'police-street') && (!opts.area || s.area === opts.area)
		);
		if (!series) {
			opts.log(
				`No data for source ${opts.source ?? 'police-street'}${opts.area ? `, area ${opts.area}` : ''}.`
			);
			return 1;
		}
		if (series.source === 'measures') {
			const m = await runMeasureComparison({
				db,
				source: series.source,
				area: series.area,
				period,
				vs
			});
			opts.log(opts.json ? terminalJson(measureComparisonJson(m)) : formatMeasureText(m));
			return 0;
		}
		const threshold = opts.smallNumbers === undefined ? undefined : Number(opts.smallNumbers);
		if (threshold !== undefined && !(Number.isInteger(threshold) && threshold >= 0))
			throw new Error(`--small-numbers takes a whole number, got ${opts.smallNumbers}`);
		const all = await runComparison({
			db,
			source: series.source,
			area: series.area,
			period,
			vs,
			rate: opts.rate,
			smallNumberThreshold: threshold
		});
		// Each category's main kinds under it (fire: Primary Fire, RTC…), as on the overview.
		const comparison = await withSubcategoryRows({
			db,
			comparison: selectRows({ comparison: all, group: opts.group })
		});
		opts.log(
			opts.json ? terminalJson(comparisonJson(comparison)) : formatComparisonText(comparison)
		);
		return 0;
	} finally {
		if (db !== store) await db.close();
		await store.close();
	}
}

/** The store's figures as of `--version N`, checked against the versions it has. */
async function pinned(store: Connector, text: string): Promise<Connector> {
	const version = Number(text);
	const [{ version: latest }] = (await store.query<{ version: number }>(latestVersionSql())) as [
		{ version: number }
	];
	if (!/^\d+$/.test(text) || version > latest)
		throw new Error(`--version takes a dataset version from 0 to ${latest}, got ${text}`);
	return buildPinned({ db: store, version });
}

function choosePeriod(opts: CompareOptions): Period {
	if (opts.from || opts.to) {
		if (!opts.from || !opts.to)
			throw new Error('--from and --to go together, e.g. --from 2021-04 --to 2021-06');
		return parsePeriod(`${opts.from}..${opts.to}`);
	}
	const token = opts.period ?? opts.month;
	if (!token)
		throw new Error(
			'Say which period: --period 2021-06 (or FY2020-21, 2021-Q2, YE2021-03, …), or --month 2021-06'
		);
	const period = parsePeriod(token);
	if (opts.month && period.kind !== 'month')
		throw new Error(`--month takes a month written YYYY-MM, got ${opts.month}`);
	return period;
}
