import type { SqlValue } from '../db/connector';
import { monthParam } from '../db/sql/quote';
import { parseBreaks } from './parse-breaks';
import { parseGroups } from './parse-groups';
import { parsePopulations } from './parse-populations';
import { parseTargets } from './parse-targets';

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
		columns: ['source', 'category', 'month', 'note'],
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
		columns: ['area', 'year', 'population', 'value'],
		parse: (o) => {
			const { rows, problems } = parsePopulations(o);
			return { rows: rows.map((r) => [r.area, r.year, r.population, r.value]), problems };
		}
	},
	targets: {
		file: 'targets.csv',
		table: 'targets',
		columns: [
			'source',
			'area',
			'category',
			'period',
			'kind',
			'value',
			'baseline',
			'close_margin',
			'note'
		],
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
