import type { SqlValue } from '../db/connector';
import { monthParam } from '../db/sql/quote';
import { BREAKS_COLUMNS, parseBreaks } from './parse-breaks';
import { parseGroups } from './parse-groups';
import { POPULATIONS_COLUMNS, parsePopulations } from './parse-populations';
import { TARGETS_COLUMNS, parseTargets } from './parse-targets';

/** How one configuration CSV maps onto its store table. */
export interface ConfigTable {
	/** File name inside the configuration folder. */
	file: string;
	table: string;
	/** Table columns, in the order `parse` yields values. */
	columns: readonly string[];
	/** Reads the CSV into rows of values for `columns`, or problems. */
	parse: (opts: { text: string; fileName: string }) => { rows: SqlValue[][]; problems: string[] };
}

/** The configuration sets, by name. */
export type ConfigName = 'breaks' | 'groups' | 'populations' | 'targets';

/** Every configuration CSV the store loads, e.g. data/config/breaks.csv into `breaks`. */
export const CONFIG_TABLES: Readonly<Record<ConfigName, ConfigTable>> = {
	breaks: {
		file: 'breaks.csv',
		table: 'breaks',
		columns: BREAKS_COLUMNS,
		parse: (o) => {
			const { rows, problems } = parseBreaks(o);
			return {
				rows: rows.map((r) => [r.source, r.category, monthParam(r.month), r.note]),
				problems
			};
		}
	},
	groups: {
		file: 'groups.csv',
		table: 'category_groups',
		columns: ['source', 'group_name', 'category'],
		parse: (o) => {
			const { rows, problems } = parseGroups(o);
			return { rows: rows.map((r) => [r.source, r.group, r.category]), problems };
		}
	},
	populations: {
		file: 'populations.csv',
		table: 'populations',
		columns: POPULATIONS_COLUMNS,
		parse: (o) => {
			const { rows, problems } = parsePopulations(o);
			return { rows: rows.map((r) => [r.area, r.year, r.population, r.value]), problems };
		}
	},
	targets: {
		file: 'targets.csv',
		table: 'targets',
		columns: TARGETS_COLUMNS,
		parse: (o) => {
			const { rows, problems } = parseTargets(o);
			return {
				rows: rows.map((r) => [
					r.source,
					r.area,
					r.category,
					r.period,
					r.kind,
					r.value,
					r.baseline,
					r.closeMargin,
					r.note
				]),
				problems
			};
		}
	}
};

/** The configuration sets in loading order. */
export const CONFIG_NAMES = Object.keys(CONFIG_TABLES) as ConfigName[];
