import type { ColumnMapping } from '../ingest/mapping/column-mapping';
import type { FormatKind } from '../ingest/types';

/** Each layout in words an analyst recognises. */
export const KIND_WORDS: Record<FormatKind, string> = {
	'police-street': 'police.uk street-level crime',
	'police-street-legacy': 'police.uk street-level crime (older Easting/Northing layout)',
	'police-outcomes': 'police.uk outcomes',
	'police-stop-search': 'police.uk stop and search (not taken)',
	'mopac-wide': 'MOPAC borough or ward table',
	'lfb-incidents': 'London Fire Brigade incidents',
	'measures-long': 'partner measures, one row per period',
	'measures-wide': 'partner measures, one column per period',
	'ons-lookup': 'ONS area lookup (reference data, not loaded)',
	unknown: 'other CSV: map its columns'
};

/** The layouts an analyst may choose by hand, in the order the override menu lists them. */
export const OVERRIDE_KINDS: FormatKind[] = [
	'police-street',
	'police-street-legacy',
	'police-outcomes',
	'mopac-wide',
	'lfb-incidents',
	'measures-long',
	'measures-wide',
	'unknown'
];

/**
 * How a file was read, in words: its layout, or the saved column mapping it was read with.
 * @example describeKind({ kind: 'mopac-wide', mapping: null }) // 'MOPAC borough or ward table'
 */
export function describeKind(opts: {
	kind: FormatKind | null;
	mapping: { name: string } | null;
}): string {
	if (opts.mapping) return `other CSV, read with the column mapping '${opts.mapping.name}'`;
	if (opts.kind === null) return 'not readable as CSV';
	if (opts.kind === 'unknown') return 'not recognised';
	return KIND_WORDS[opts.kind];
}

/**
 * The name of a store source for people.
 * @example sourceWords({ source: 'custom:victims' }) // "victims (your mapping)"
 */
export function sourceWords({ source }: { source: string }): string {
	if (source.startsWith('custom:')) return `${source.slice(7)} (your mapping)`;
	const words: Record<string, string> = {
		'police-street': 'police.uk street-level',
		'police-outcomes': 'police.uk outcomes',
		mopac: 'MOPAC',
		lfb: 'London Fire Brigade',
		measures: 'partner measures'
	};
	return words[source] ?? source;
}

/**
 * A column mapping in one line.
 * @example describeMapping({ mapping }) // "month from 'Referral date'; category from 'Crime group'; each row counts one; area 'City of London'"
 */
export function describeMapping({ mapping }: { mapping: ColumnMapping }): string {
	const quote = (s: string) => `'${s}'`;
	const value =
		mapping.value === 'count-rows'
			? 'each row counts one'
			: `adds up ${quote(mapping.value.column)}`;
	const area =
		'column' in mapping.area
			? `area from ${quote(mapping.area.column)}`
			: `area ${quote(mapping.area.fixed)}`;
	const categories = mapping.categories.map(quote).join(' and ');
	return `month from ${quote(mapping.date)}; category from ${categories}; ${value}; ${area}`;
}
