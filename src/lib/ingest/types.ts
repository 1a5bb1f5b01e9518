/**
 * Sources the store knows. `police-street` covers crime and ASB from police.uk street-level files;
 * `custom:<name>` holds counts read from any other CSV through a saved column mapping.
 */
export type SourceId =
	'police-street' | 'police-outcomes' | 'mopac' | 'lfb' | 'measures' | `custom:${string}`;

/** One problem found in a file, precise enough to fix: where, what was seen, what was expected. */
export interface ValidationIssue {
	file: string;
	/** 1-based line in the file (the header is line 1); null for whole-file problems. */
	line: number | null;
	column: string | null;
	value: string | null;
	/** A short rule name used to group issues, e.g. `month-format`. */
	rule: string;
	expected: string;
	action: string;
	severity: 'error' | 'warning';
}

/** A monthly incident count row in canonical form (already aggregated), e.g. a MOPAC cell. */
export interface CountRow {
	source: SourceId;
	area: string;
	category: string;
	/** First day of the month, `YYYY-MM-01`. */
	month: string;
	count: number;
	sourceRow: number;
}

/** A partner measure in canonical long form (probation, satisfaction, …). */
export interface MeasureRow {
	source: SourceId;
	area: string;
	measure: string;
	/** The period as written in the file, e.g. `2017-06`, `2017-Q2`, `2017/18`. */
	period: string;
	/** First month of the period, `YYYY-MM-01`. */
	periodStart: string;
	/** Last month of the period, `YYYY-MM-01`. */
	periodEnd: string;
	value: number;
	unit: 'count' | 'percent' | 'rate';
	target: number | null;
	direction: 'up' | 'down';
	sourceRow: number;
}

/** Problems of one kind in one file, counted, with the first lines as examples. */
export interface IssueGroup {
	file: string;
	rule: string;
	column: string | null;
	severity: 'error' | 'warning';
	count: number;
	examples: { line: number | null; value: string | null }[];
	expected: string;
	action: string;
}

/** The layouts `detectFormat` recognises; `unknown` when none fits. */
export type FormatKind =
	| 'police-street'
	| 'police-street-legacy'
	| 'police-outcomes'
	| 'police-stop-search'
	| 'mopac-wide'
	| 'lfb-incidents'
	| 'measures-long'
	| 'measures-wide'
	| 'ons-lookup'
	| 'unknown';

/** What `detectFormat` concluded about a file and why, in words fit to show the user. */
export interface FormatDetection {
	kind: FormatKind;
	/** 0–1: share of the layout's columns found (required ones weigh most). */
	confidence: number;
	reason: string;
}

/** How text bytes were decoded. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'windows-1252';

/** Line-break style; `cr` is the old Mac style, `mixed` when more than one style occurs. */
export type LineEnding = 'crlf' | 'lf' | 'cr' | 'mixed' | 'none';

/** Rows from a normaliser plus everything wrong with the file; normalisers never throw. */
export interface ParseResult<T> {
	rows: T[];
	issues: ValidationIssue[];
}

/** A MOPAC table cell: `area` is the ward name for ward tables, else the borough. */
export interface MopacCountRow extends CountRow {
	/** Upper case as MOPAC publishes it, e.g. `THEFT`. */
	majorText: string;
	minorText: string;
	/** Place-name case, e.g. `Kingston upon Thames`. */
	borough: string;
	ward: string | null;
	wardCode: string | null;
}

/** One London Fire Brigade incident. */
export interface LfbIncidentRow {
	source: 'lfb';
	incidentNumber: string;
	/** `YYYY-MM-DD`. */
	date: string;
	/** `YYYY-MM-01`. */
	month: string;
	incidentGroup: 'Fire' | 'Special Service' | 'False Alarm';
	stopCode: string | null;
	specialServiceType: string | null;
	/** The main kind within the group (see incidentKind), e.g. `Primary Fire`, `RTC`; null when none is recorded. */
	kind: string | null;
	propertyCategory: string | null;
	/** Place-name case, e.g. `City of London`; null when the file has none. */
	borough: string | null;
	ward: string | null;
	/** British National Grid metres; the exact value when given, else the rounded one. */
	easting: number | null;
	northing: number | null;
	sourceRow: number;
}

/** One police.uk outcome row. */
export interface OutcomeRow {
	source: 'police-outcomes';
	crimeId: string;
	/** `YYYY-MM-01`. */
	month: string;
	reportedBy: string | null;
	fallsWithin: string | null;
	longitude: number | null;
	latitude: number | null;
	/** null when police.uk says `No location`. */
	location: string | null;
	lsoaCode: string | null;
	lsoaName: string | null;
	outcomeType: string;
	sourceRow: number;
}
