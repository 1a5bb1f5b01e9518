import { loadStoreFacts } from '../compare/load-store-facts';
import type { StoreFacts } from '../compare/store-facts';
import type { Connector } from '../db/connector';
import type { CurrentTables } from '../db/sql/current-tables-sql';
import { copyCurrentTables } from '../store/copy-current-tables';
import { loadOverview, type OverviewData } from '../overview/load-overview';
import type { OverviewQuery } from '../overview/overview-query';

/** Loads the overview for one set of choices from the browser engine at one data version. */
export type OverviewLoader = (opts: {
	db: Connector;
	query: OverviewQuery;
	/** The engine's `version`: what was read at one version holds until it goes up. */
	version: number;
}) => Promise<OverviewData>;

interface Prepared {
	facts: StoreFacts;
	tables?: CurrentTables;
}

/**
 * The browser's overview loader: per engine version, the store's facts (series, months,
 * categories, configuration) read once and the current figures copied out of their views, so
 * each switch runs only the queries of its own figures, on plain tables.
 * @example const load = overviewLoader(); await load({ db, query, version: engine.version });
 */
export function overviewLoader(
	opts: {
		facts?: (db: Connector) => Promise<StoreFacts>;
		tables?: (db: Connector) => Promise<CurrentTables | undefined>;
	} = {}
): OverviewLoader {
	const read = opts.facts ?? ((db: Connector) => loadStoreFacts({ db }));
	const copy = opts.tables ?? ((db: Connector) => copyCurrentTables({ db }));
	let cached: { db: Connector; version: number; ready: Promise<Prepared> } | null = null;
	return async ({ db, query, version }) => {
		if (cached?.db !== db || cached.version !== version) {
			const ready = (async () => ({ tables: await copy(db), facts: await read(db) }))();
			cached = { db, version, ready };
			ready.catch(() => cached?.ready === ready && (cached = null));
		}
		const { facts, tables } = await cached.ready;
		return loadOverview({ db, ...query, facts, tables });
	};
}
