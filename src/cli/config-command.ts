import type { TargetRecord } from '../lib/config/config-records';
import { CONFIG_NAMES, CONFIG_TABLES } from '../lib/config/config-tables';
import type { Row } from '../lib/db/connector';
import { breaksSql, type BreakRow } from '../lib/db/sql/breaks-sql';
import { populationsSql, type PopulationRow } from '../lib/db/sql/populations-sql';
import { targetsSql } from '../lib/db/sql/targets-sql';
import { configDir } from './config-dir';
import { formatGroups } from './groups-command';
import { loadConfigDir } from './load-config-dir';
import { openStore } from './open-store';

/**
 * `config load` replaces the store's breaks, groups, populations and targets with the CSVs of a
 * folder; `config list` prints them. Returns the exit code.
 * @example await configCommand({ action: 'load', dataDir: 'data', log: console.log })
 */
export async function configCommand(opts: {
	action: string | undefined;
	dataDir: string;
	configDir?: string;
	log: (line: string) => void;
}): Promise<number> {
	if (opts.action !== 'load' && opts.action !== 'list') {
		opts.log('Say "config load" (read data/config/*.csv into the store) or "config list".');
		return 2;
	}
	const db = await openStore({ dataDir: opts.dataDir, what: `"config ${opts.action}"` });
	try {
		if (opts.action === 'list') {
			const breaks = await db.query<BreakRow & Row>(breaksSql());
			const populations = await db.query<PopulationRow & Row>(populationsSql());
			const targets = await db.query<TargetRecord & Row>(targetsSql());
			opts.log('Breaks:');
			for (const b of breaks)
				opts.log(`  ${b.source}, ${b.category ?? 'all categories'}, from ${b.month}: ${b.note}`);
			opts.log('Groups:');
			for (const line of await formatGroups({ db })) opts.log(`  ${line}`);
			opts.log('Populations:');
			for (const p of populations)
				opts.log(`  ${p.area}, ${p.year}, ${p.population}: ${p.value.toLocaleString('en-GB')}`);
			opts.log('Targets:');
			for (const t of targets)
				opts.log(
					`  ${t.source}, ${t.area ?? 'any area'}, ${t.category}, ${t.period}: ${t.kind} ${t.value ?? ''} ${t.baseline ?? ''}`.trimEnd()
				);
			return 0;
		}
		const dir = configDir(opts);
		const { loaded, problems } = await loadConfigDir({ db, dir });
		if (problems.length) {
			opts.log(`Configuration NOT loaded from ${dir}; the store keeps its previous one:`);
			for (const p of problems) opts.log(`  ${p}`);
			return 1;
		}
		const parts = CONFIG_NAMES.filter((n) => loaded[n] !== null).map(
			(n) => `${loaded[n]} ${n} (${CONFIG_TABLES[n].file})`
		);
		opts.log(`Loaded from ${dir}: ${parts.join(', ') || 'no configuration files found'}.`);
		return 0;
	} finally {
		await db.close();
	}
}
