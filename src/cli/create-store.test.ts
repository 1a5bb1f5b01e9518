import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeConnector } from '../lib/db/node-connector.server';
import { storePath } from '../lib/server/store-path';
import { runCli } from '../../tests/support/server';
import { spawnCli, until } from '../../tests/support/spawn-cli';

const root = mkdtempSync(join(tmpdir(), 'safer-city-create-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Rows per configuration table of the bundled data/config. */
const DEFAULTS = { breaks: 1, category_groups: 10, populations: 2, targets: 1 };

async function configCounts(dataDir: string): Promise<Record<string, number>> {
	const db = createNodeConnector({ path: storePath({ dataDir }), readOnly: true });
	try {
		const counts: Record<string, number> = {};
		for (const table of Object.keys(DEFAULTS)) {
			const [row] = await db.query<{ n: number }>({
				sql: `SELECT count(*)::INT AS n FROM ${table}`
			});
			counts[table] = row!.n;
		}
		return counts;
	} finally {
		await db.close();
	}
}

describe('a first import killed part way', () => {
	it.each([{ after: 0 }, { after: 100 }, { after: 400 }, { after: 800 }])(
		'killed $after ms after its first file appears, the next import still gets the default configuration',
		async ({ after }) => {
			const dataDir = mkdtempSync(join(root, 'data-'));
			const first = spawnCli({ args: ['import', 'data/sample/police', '--data-dir', dataDir] });
			const store = join(dataDir, 'store');
			await until(() => existsSync(store) && readdirSync(store).length > 0);
			if (after) await new Promise((resolve) => setTimeout(resolve, after));
			first.child.kill('SIGKILL');
			expect((await first.done).signal).toBe('SIGKILL');

			const again = await runCli(['import', 'data/sample/probation', '--data-dir', dataDir]);
			expect(again.code, again.stdout + again.stderr).toBe(0);
			expect(await configCounts(dataDir)).toEqual(DEFAULTS);
			// What the killed process was building beside the store is gone too.
			expect(readdirSync(store).filter((n) => n.startsWith('safer-city-tmp-'))).toEqual([]);
		},
		20_000
	);
});
