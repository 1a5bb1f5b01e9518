import type { Query } from '../connector';

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
	const where: string[] = [];
	const params: string[] = [];
	if (opts.area !== undefined) {
		where.push('area = ?');
		params.push(opts.area);
	}
	if (opts.population !== undefined) {
		where.push('lower(population) = lower(?)');
		params.push(opts.population);
	}
	return {
		sql: `SELECT area, year, population, value FROM populations
${where.length ? `WHERE ${where.join(' AND ')} ` : ''}ORDER BY area, population, year`,
		params
	};
}
