import type { MeasureRow, ValidationIssue } from '../types';
import type { IssueMaker } from '../validation/issue-maker';
import type { TableInput } from './open-table';

/** Unit and direction to use when the file has no such column, e.g. chosen on the upload form. */
export interface MeasureDefaults {
	unit?: MeasureRow['unit'];
	direction?: MeasureRow['direction'];
}

/** What a measures normaliser is given: the table, and defaults for absent columns. */
export type MeasureTableInput = TableInput & { defaults?: MeasureDefaults };

/**
 * Issues for a unit or direction column that is absent with no default to fall back on.
 * @example missingMeasureColumns({ has: { unit: false, direction: true }, defaults: {}, issue }) // [missing-column 'unit']
 */
export function missingMeasureColumns({
	has,
	defaults,
	issue
}: {
	has: { unit: boolean; direction: boolean };
	defaults: MeasureDefaults;
	issue: IssueMaker;
}): ValidationIssue[] {
	const wanted = [
		['unit', has.unit || defaults.unit !== undefined, 'count, percent or rate'],
		['direction', has.direction || defaults.direction !== undefined, 'up or down']
	] as const;
	return wanted
		.filter(([, present]) => !present)
		.map(([column, , values]) =>
			issue({
				rule: 'header-missing',
				line: 1,
				column,
				expected: `a column named '${column}' (${values}) or a default ${column} chosen on upload`,
				action: `add a '${column}' column, or choose the ${column} for the whole file when uploading`
			})
		);
}
