import type { Connector } from '../../db/connector';

/**
 * Runs pieces of work on one connection strictly one after another, so that a piece's reads and
 * writes (a transaction, say) never interleave with another request's.
 * @example const withDb = oneAtATime(db); await withDb((db) => db.query({ sql: 'SELECT 1' }));
 */
export function oneAtATime(db: Connector): <T>(work: (db: Connector) => Promise<T>) => Promise<T> {
	let queue: Promise<unknown> = Promise.resolve();
	return <T>(work: (db: Connector) => Promise<T>): Promise<T> => {
		const run = queue.then(() => work(db));
		queue = run.catch(() => undefined);
		return run;
	};
}
