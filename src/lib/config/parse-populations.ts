import type { PopulationRecord } from './config-records';
import { lineProblem, readConfigCsv } from './read-config-csv';

/** Header of populations.csv. */
export const POPULATIONS_COLUMNS = ['area', 'year', 'population', 'value'] as const;

/**
 * Reads populations.csv (`area,year,population,value`), e.g. `City of London Police,2021,residents,8600`.
 * @example parsePopulations({ text: 'area,year,population,value\nX,2021,residents,8600', fileName: 'p.csv' }).rows[0].value // 8600
 */
export function parsePopulations(opts: { text: string; fileName: string }): {
	rows: PopulationRecord[];
	problems: string[];
} {
	const { lines, problems } = readConfigCsv({ ...opts, columns: POPULATIONS_COLUMNS });
	const rows: PopulationRecord[] = [];
	const seen = new Set<string>();
	for (const { line, cell } of lines) {
		const problem = (message: string) =>
			problems.push(lineProblem({ fileName: opts.fileName, line, message }));
		const [area, yearText, population, valueText] = POPULATIONS_COLUMNS.map(cell) as [
			string,
			string,
			string,
			string
		];
		const year = Number(yearText);
		const value = Number(valueText.replaceAll(',', ''));
		const key = JSON.stringify([area, year, population.toLowerCase()]);
		if (!area || !population) problem('area and population must be filled in');
		else if (!/^\d{4}$/.test(yearText)) problem(`year '${yearText}' must be a year, e.g. 2021`);
		else if (!(valueText !== '' && Number.isFinite(value) && value > 0))
			problem(`value '${valueText}' must be a number above 0`);
		else if (seen.has(key)) problem(`${area} ${population} ${year} is given twice`);
		else {
			seen.add(key);
			rows.push({ area, year, population, value });
		}
	}
	return { rows, problems };
}
