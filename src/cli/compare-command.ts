import { existsSync } from 'node:fs';
import type { Comparison } from '../lib/compare/comparison';
import { runComparison } from '../lib/compare/run-comparison';
import { createNodeConnector } from '../lib/db/node-connector';
import { seriesSql } from '../lib/db/sql/coverage-sql';
import type { Series } from '../lib/overview/load-overview';
import type { ComparisonBasis } from '../lib/periods/comparisonPeriod';
import { formatPeriodToken } from '../lib/periods/formatPeriodToken';
import { parsePeriod } from '../lib/periods/parsePeriod';
import type { Period } from '../lib/periods/period';
import { storePath } from '../lib/server/store-path';
import { formatComparisonText } from './format-comparison-text';

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
	const db = createNodeConnector({ path, readOnly: true });
	try {
		const all = await db.query<Series & Record<string, unknown>>(seriesSql());
		const series = all.find(
			(s) => s.source === (opts.source ?? 'police-street') && (!opts.area || s.area === opts.area)
		);
		if (!series) {
			opts.log(
				`No data for source ${opts.source ?? 'police-street'}${opts.area ? `, area ${opts.area}` : ''}.`
			);
			return 1;
		}
		const comparison = await runComparison({
			db,
			source: series.source,
			area: series.area,
			period,
			vs
		});
		opts.log(
			opts.json ? JSON.stringify(toJson(comparison), null, 2) : formatComparisonText(comparison)
		);
		return 0;
	} finally {
		await db.close();
	}
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

/** The comparison as plain JSON for scripts: figures, labels and what was compared. */
export function toJson(c: Comparison) {
	return {
		source: c.source,
		area: c.area,
		period: formatPeriodToken(c.period),
		periodLabel: c.periodLabel,
		base: formatPeriodToken(c.base),
		baseLabel: c.baseLabel,
		complete: c.complete,
		comparedLabel: c.comparedLabel,
		compared: c.compared,
		missing: c.missing,
		rows: c.rows.map((r) => ({ category: r.key, label: r.label, kind: r.kind, ...r.comparison }))
	};
}
