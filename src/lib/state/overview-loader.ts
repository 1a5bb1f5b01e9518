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
 * The browser's overview loader.
 * INTEGRATION POINT (helper B's `loadStoreFacts`): keep the store's facts per `version`, e.g.
 * `facts = cached?.version === version ? cached.facts : loadStoreFacts({ db })`, and pass them
 * as `loadOverview({ db, facts: await facts, ...query })`, so each switch runs only its queries.
 * @example const load = overviewLoader(); await load({ db, query, version: engine.version });
 */
export function overviewLoader(): OverviewLoader {
	return ({ db, query }) => loadOverview({ db, ...query });
}
