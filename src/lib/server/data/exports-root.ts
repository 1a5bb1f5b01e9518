import { join } from 'node:path';

/** Where the server keeps each version's Parquet export inside a data folder. @example exportsRoot({ dataDir: 'data' }) // 'data/exports' */
export function exportsRoot(opts: { dataDir: string }): string {
	return join(opts.dataDir, 'exports');
}
