import { loadStoreFacts } from '../compare/load-store-facts';
import type { StoreFacts } from '../compare/store-facts';
import type { Connector } from '../db/connector';

/** Facts of the last few store versions: a request then spends its queries on counts alone. */
const cache = new Map<string, Promise<StoreFacts>>();
const KEEP = 2;

/**
 * The store's facts for one version of it, read once and shared by every request on it.
 * @example await withStore((db, { version }) => cachedFacts({ db, version }))
 */
export function cachedFacts(opts: { db: Connector; version: string }): Promise<StoreFacts> {
	let facts = cache.get(opts.version);
	if (!facts) {
		facts = loadStoreFacts({ db: opts.db });
		// A failed read is not kept, so the next request tries again.
		facts.catch(() => cache.delete(opts.version));
		cache.set(opts.version, facts);
		for (const old of [...cache.keys()].slice(0, -KEEP)) cache.delete(old);
	}
	return facts;
}
