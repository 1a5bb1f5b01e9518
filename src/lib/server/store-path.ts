import { join } from 'node:path';

/** The data folder: `SAFER_CITY_DATA_DIR`, else `data` under the working directory. */
export function dataDir(env: Record<string, string | undefined> = process.env): string {
	return env.SAFER_CITY_DATA_DIR ?? 'data';
}

/** Where the DuckDB store lives inside a data folder. @example storePath({ dataDir: 'data' }) */
export function storePath(opts: { dataDir: string }): string {
	return join(opts.dataDir, 'store', 'safer-city.duckdb');
}
