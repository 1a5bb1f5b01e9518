import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONFIG_NAMES, CONFIG_TABLES, type ConfigName } from '../lib/config/config-tables';
import { loadConfig, type LoadConfigResult } from '../lib/config/load-config';
import type { Connector } from '../lib/db/connector';

/**
 * Loads every configuration CSV present in a folder (breaks.csv, groups.csv, populations.csv,
 * targets.csv) into the store, replacing those tables; absent files leave their tables alone.
 * @example await loadConfigDir({ db, dir: 'data/config' })
 */
export async function loadConfigDir(opts: {
	db: Connector;
	dir: string;
}): Promise<LoadConfigResult> {
	const files: Partial<Record<ConfigName, { text: string; fileName: string }>> = {};
	for (const name of CONFIG_NAMES) {
		const fileName = join(opts.dir, CONFIG_TABLES[name].file);
		if (existsSync(fileName)) files[name] = { text: await readFile(fileName, 'utf8'), fileName };
	}
	return loadConfig({ db: opts.db, files });
}
