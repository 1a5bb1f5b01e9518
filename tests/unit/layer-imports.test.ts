import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importProblem } from '../../eslint/layer-imports.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const at = (file: string) => `${root}${file}`;

describe('importProblem', () => {
	it.each([
		[
			'src/lib/ingest/parse-file.ts',
			'../db/connector',
			"'ingest' (layer 1) may not import 'db' (layer 2)"
		],
		[
			'src/lib/ingest/parse-file.ts',
			'$lib/store/import-file',
			"'ingest' (layer 1) may not import 'store' (layer 3)"
		],
		['src/lib/ingest/parse-file.ts', '@duckdb/duckdb-wasm', 'only src/lib/db talks to DuckDB'],
		[
			'src/lib/store/import-file.ts',
			'../config/load-config',
			"'store' (layer 3) may not import 'config' (layer 3)"
		],
		['src/lib/stats/narrate.ts', '../../routes/+page.svelte', 'may not import routes or the CLI'],
		['src/lib/stats/narrate.ts', '../../../tests/support/x', 'may not import from outside src'],
		['src/lib/newfolder/x.ts', '../stats/narrate', 'src/lib/newfolder is in no layer'],
		['src/lib/store/import-file.ts', 'node:fs', 'node:fs is server-only'],
		['src/lib/db/node-connector.ts', '@duckdb/node-api', '@duckdb/node-api is server-only']
	])('%s importing %s: %s', (file, spec, message) => {
		expect(importProblem({ file: at(file), spec, root })).toContain(message);
	});

	it.each([
		['src/lib/store/import-file.ts', '../db/connector'],
		['src/lib/store/police/load-chunks.ts', '../../ingest/police/csv-chunks'],
		['src/lib/ingest/parse-file.ts', './types'],
		['src/lib/components/ChangeCell.svelte', '$lib/stats/direction'],
		['src/lib/db/node-connector.server.ts', '@duckdb/node-api'],
		['src/lib/server/store-path.ts', 'node:path'],
		['src/lib/db/browser-connector.ts', '@duckdb/duckdb-wasm'],
		['src/routes/+page.server.ts', '$lib/server/with-store'],
		['src/lib/ingest/parse-file.ts', 'papaparse']
	])('%s may import %s', (file, spec) => {
		expect(importProblem({ file: at(file), spec, root })).toBeNull();
	});

	it('fails lint on a wrong import, with the line', async () => {
		const eslint = new ESLint({ cwd: root });
		const [result] = await eslint.lintText("export { runAll } from '../db/transaction';\n", {
			filePath: at('src/lib/ingest/bad-import.ts')
		});
		expect(result?.messages.map((m) => [m.ruleId, m.line])).toEqual([['layers/layer-imports', 1]]);
	});
});
