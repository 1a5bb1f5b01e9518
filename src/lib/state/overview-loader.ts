import { loadStoreFacts } from '../compare/load-store-facts';
import type { StoreFacts } from '../compare/store-facts';
import type { Connector } from '../db/connector';
import { loadOverview, type OverviewData } from '../overview/load-overview';
import type { OverviewQuery } from '../overview/overview-query';

/** Loads the overview for one set of choices from the browser engine at one data version. */
export type OverviewLoader = (opts: {
	db: Connector;
	query: OverviewQuery;
	/** The engine's `version`: what was read at one version holds until it goes up. */
	version: number;
}) => Promise<OverviewData>;

/**
 * The browser's overview loader: the store's facts (series, months, categories, configuration)
 * read once per engine version, so each switch runs only the queries of its own figures.
 * @example const load = overviewLoader(); await load({ db, query, version: engine.version });
 */
export function overviewLoader(
	opts: { facts?: (db: Connector) => Promise<StoreFacts> } = {}
): OverviewLoader {
	const read = opts.facts ?? ((db: Connector) => loadStoreFacts({ db }));
	let cached: { db: Connector; version: number; facts: Promise<StoreFacts> } | null = null;
	return async ({ db, query, version }) => {
		if (cached?.db !== db || cached.version !== version) {
			const facts = read(db);
			cached = { db, version, facts };
			facts.catch(() => cached?.facts === facts && (cached = null));
		}
		return loadOverview({ db, ...query, facts: await cached.facts });
	};
}
