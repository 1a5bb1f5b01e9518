import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The configuration shipped with the app: data/config in the repository. */
export const BUNDLED_CONFIG_DIR = fileURLToPath(new URL('../../data/config', import.meta.url));

/**
 * Where to read configuration CSVs: the folder given, else `<data dir>/config` when it exists,
 * else the bundled defaults.
 * @example configDir({ dataDir: '/tmp/store-data' }) // '…/data/config'
 */
export function configDir(opts: { dataDir: string; configDir?: string }): string {
	if (opts.configDir) return opts.configDir;
	const own = join(opts.dataDir, 'config');
	return existsSync(own) ? own : BUNDLED_CONFIG_DIR;
}
