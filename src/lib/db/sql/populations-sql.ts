import type { Query } from '../connector';
import { whereAll } from './where-all';

/** One stored denominator. */
export interface PopulationRow {
	area: string;
	year: number;
	population: string;
	value: number;
}

/**
 * Stored denominators, optionally of one area and one named population (any case), oldest first.
 * @example populationsSql({ area: 'City of London Police', population: 'workday population' })
 */
export function populationsSql(opts: { area?: string; population?: string } = {}): Query {
	const where = whereAll([
		opts.area === undefined ? null : { sql: 'area = ?', params: [opts.area] },
		opts.population === undefined
			? null
			: { sql: 'lower(population) = lower(?)', params: [opts.population] }
	]);
	return {
		sql: `SELECT area, year, population, value FROM populations
${where.sql}ORDER BY area, population, year`,
		params: where.params
	};
}
