import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvLike, FUZZ_RUNS, mutated, seedFiles } from '../../../tests/support/fuzz-inputs';
import { storeSnapshot } from '../../../tests/support/store-snapshot';
import type { Connector } from '../db/connector';
import { createNodeConnector } from '../db/node-connector.server';
import { applySchema } from './apply-schema';
import { importFile } from './import-file';

const now = new Date('2025-03-15T00:00:00Z');
// Through native DuckDB each case costs more: a tenth of the parse runs.
const RUNS = Math.max(20, Math.round(FUZZ_RUNS / 10));
const NAMES = ['upload.csv', '2016-04-city-of-london-street.csv', 'mps.csv', 'x.zip'];

describe(`importFile under fuzzing (${RUNS} cases each)`, () => {
	let db: Connector;
	beforeAll(async () => {
		db = createNodeConnector();
		await applySchema({ db });
		const name = '2016-04-city-of-london-street.csv';
		const bytes = new Uint8Array(readFileSync(`data/sample/police/${name}`));
		expect((await importFile({ db, name, bytes, now, createdBy: 'fuzz' })).status).toBe('stored');
	});

	/** Never throws; a refused file says why and leaves the store exactly as it was. */
	async function holds(name: string, bytes: Uint8Array) {
		const before = await storeSnapshot(db);
		const result = await importFile({ db, name, bytes, now, createdBy: 'fuzz' });
		if (result.status === 'rejected') {
			expect(result.issues.some((g) => g.severity === 'error')).toBe(true);
			expect(await storeSnapshot(db)).toEqual(before);
		}
	}

	it('refuses or stores CSV-like text, leaving nothing of a refused file', async () => {
		await fc.assert(fc.asyncProperty(fc.constantFrom(...NAMES), csvLike, holds), {
			numRuns: RUNS
		});
	});

	it('refuses or stores mutated real files, leaving nothing of a refused file', async () => {
		const seeds = seedFiles();
		await fc.assert(
			fc.asyncProperty(mutated(seeds), (f) => holds(f.name, f.bytes)),
			{ numRuns: RUNS }
		);
	});
});
