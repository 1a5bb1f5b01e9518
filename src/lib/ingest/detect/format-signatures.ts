import type { FormatKind } from '../types';

/** A column a layout expects; `names` are header keys (see headerKey) or patterns, first is shown. */
export interface ColumnSpec {
	label: string;
	names: Array<string | RegExp>;
	/** Other accepted names, as shown to people. */
	aliases?: string[];
	required: boolean;
}

/** How to recognise and check one layout. */
export interface FormatSignature {
	kind: Exclude<FormatKind, 'unknown'>;
	/** Human name used in messages. */
	label: string;
	columns: ColumnSpec[];
	/** Header keys whose presence rules the layout out. */
	forbidden?: string[];
	/** Columns beyond the fixed ones: YYYYMM months, or period labels. */
	periods?: 'yyyymm' | 'period';
	/** Layout has a fixed column set, so other columns deserve a warning. */
	fixed?: boolean;
	fileName?: RegExp;
}

const key = (name: string): string => name.replace(/\s+/g, '').toLowerCase();
const col = (label: string, required = true, ...more: Array<string | RegExp>): ColumnSpec => ({
	label,
	names: [key(label), ...more.map((m) => (typeof m === 'string' ? key(m) : m))],
	aliases: more.filter((m): m is string => typeof m === 'string'),
	required
});
const opt = (label: string, ...more: Array<string | RegExp>) => col(label, false, ...more);
const cols = (...labels: string[]): ColumnSpec[] => labels.map((l) => col(l));
const opts = (...labels: string[]): ColumnSpec[] => labels.map((l) => opt(l));

const POLICE_COMMON = ['Crime ID', 'Month', 'Reported by', 'Falls within', 'Longitude', 'Latitude'];
const POLICE_PLACE = ['Location', 'LSOA code', 'LSOA name'];

/** Every layout we take, plus the stop-and-search layout we recognise in order to refuse it. */
export const FORMAT_SIGNATURES: FormatSignature[] = [
	{
		kind: 'police-street',
		label: 'police.uk street-level crime',
		columns: cols(
			...POLICE_COMMON,
			...POLICE_PLACE,
			'Crime type',
			'Last outcome category',
			'Context'
		),
		forbidden: ['outcometype'],
		fixed: true,
		fileName: /-street\.csv$/i
	},
	{
		// Assumed pre-2013 layout: British National Grid coordinates and no Crime ID.
		kind: 'police-street-legacy',
		label: 'police.uk street-level crime (older Easting/Northing layout)',
		columns: [
			...cols('Month', 'Easting', 'Northing', 'Crime type'),
			...opts('Reported by', 'Falls within', 'Location', 'Context')
		],
		forbidden: ['crimeid', 'longitude', 'latitude'],
		fixed: true,
		fileName: /-street\.csv$/i
	},
	{
		kind: 'police-outcomes',
		label: 'police.uk outcomes',
		columns: cols(...POLICE_COMMON, ...POLICE_PLACE, 'Outcome type'),
		forbidden: ['crimetype', 'lastoutcomecategory'],
		fixed: true,
		fileName: /-outcomes\.csv$/i
	},
	{
		kind: 'police-stop-search',
		label: 'police.uk stop and search',
		columns: [
			...cols('Type', 'Date', 'Part of a policing operation', 'Gender', 'Age range'),
			...cols('Legislation', 'Object of search', 'Outcome'),
			...opts('Policing operation', 'Latitude', 'Longitude', 'Self-defined ethnicity'),
			...opts('Officer-defined ethnicity', 'Outcome linked to object of search'),
			opt('Removal of more than just outer clothing')
		],
		fileName: /stop-and-search\.csv$/i
	},
	{
		kind: 'mopac-wide',
		label: 'MOPAC borough or ward table',
		columns: [
			col('MajorText'),
			col('MinorText'),
			col('BoroughName', true, 'LookUp_BoroughName'),
			opt('WardName'),
			opt('WardCode')
		],
		periods: 'yyyymm',
		fileName: /(mps|mopac|level crime)/i
	},
	{
		kind: 'lfb-incidents',
		label: 'London Fire Brigade incidents',
		columns: [
			...cols('IncidentNumber', 'DateOfCall', 'IncidentGroup'),
			...opts('CalYear', 'TimeOfCall', 'StopCodeDescription', 'SpecialServiceType'),
			opt('PropertyCategory'),
			...opts('IncGeo_BoroughName', 'ProperCase', 'IncGeo_WardName'),
			...opts('Easting_m', 'Northing_m', 'Easting_rounded', 'Northing_rounded')
		],
		fileName: /(lfb|fire)/i
	},
	{
		kind: 'measures-long',
		label: 'partner measures (long: period,area,measure,value,unit,target,direction)',
		columns: [
			...cols('period', 'area', 'measure', 'value'),
			...opts('unit', 'target', 'direction')
		],
		fixed: true
	},
	{
		kind: 'measures-wide',
		label: 'partner measures (wide: area,measure,unit,target,direction then one column per period)',
		columns: [...cols('area', 'measure'), ...opts('unit', 'target', 'direction')],
		periods: 'period'
	},
	{
		kind: 'ons-lookup',
		label: 'ONS local authority to CSP / police force area lookup',
		columns: [
			col('LAD17CD', true, /^lad\d{2}cd$/),
			col('CSP17CD', true, /^(csp|pfa)\d{2}cd$/),
			opt('LAD17NM', /^lad\d{2}nm$/),
			opt('CSP17NM', /^csp\d{2}nm$/),
			opt('PFA17CD', /^pfa\d{2}cd$/),
			opt('PFA17NM', /^pfa\d{2}nm$/)
		]
	}
];
