import { parseDayDate } from '../ingest/formats/parse-day-date';
import { parseReportPeriod } from '../ingest/formats/parse-report-period';
import type { FilePreview } from './file-preview';

/** A first guess at a column mapping, for the analyst to correct. */
export interface MappingGuess {
	date: string;
	categories: string[];
	/** A column name, or 'count-rows'. */
	value: string;
	areaColumn: string;
	name: string;
}

const DATE = /date|month|period|when/i;
const VALUE = /count|total|number|^n$|value|offences|incidents|victims|cases/i;
const CATEGORY = /type|categor|offen[cs]e|crime|group|class|major|minor|outcome/i;
const AREA = /borough|area|ward|district|force|neighbourhood|division/i;

const isWhole = (v: string) => /^\s*\d[\d,]*\s*$/.test(v);
const isDate = (v: string) =>
	parseDayDate({ text: v.trim() }) !== null ||
	parseReportPeriod({ text: v.trim(), prefer: 'month' })?.kind === 'month';

/**
 * A file name without its extension, dates and punctuation, as a name for its mapping.
 * @example mappingNameFromFile({ fileName: 'victim-referrals-2024-01.csv' }) // 'victim referrals'
 */
export function mappingNameFromFile({ fileName }: { fileName: string }): string {
	const base = fileName.split(/[›/\\]/).pop() ?? fileName;
	return base
		.replace(/\.[a-z0-9]+$/i, '')
		.replace(/\d{4}[-_ ]?\d{2}([-_ ]?\d{2})?|\b(19|20)\d{2}\b/g, ' ')
		.replace(
			/\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b/gi,
			' '
		)
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()
		.toLowerCase();
}

/**
 * Guesses which columns hold the date, category, count and area from their names and first rows.
 * @example guessMapping({ preview: { header: ['Date', 'Type'], rows: [['2024-01-05', 'Theft']] }, fileName: 'v.csv' }) // { date: 'Date', categories: ['Type'], value: 'count-rows', areaColumn: '', name: 'v' }
 */
export function guessMapping(opts: { preview: FilePreview; fileName: string }): MappingGuess {
	const { header, rows } = opts.preview;
	const samples = (i: number) => rows.map((r) => r[i] ?? '').filter((v) => v.trim() !== '');
	const all = (i: number, test: (v: string) => boolean) =>
		samples(i).length > 0 && samples(i).every(test);
	const pick = (ok: (name: string, i: number) => boolean) => header.find((h, i) => ok(h, i)) ?? '';
	const date =
		pick((h, i) => DATE.test(h) && all(i, isDate)) ||
		pick((_, i) => all(i, isDate)) ||
		pick((h) => DATE.test(h));
	const value = pick((h, i) => h !== date && VALUE.test(h) && all(i, isWhole)) || 'count-rows';
	const areaColumn = pick((h) => h !== date && h !== value && AREA.test(h));
	const taken = new Set([date, value, areaColumn]);
	const category =
		pick((h) => !taken.has(h) && CATEGORY.test(h)) ||
		pick((h, i) => !taken.has(h) && !all(i, isWhole) && !all(i, isDate));
	return {
		date,
		categories: category ? [category] : [],
		value,
		areaColumn,
		name: mappingNameFromFile({ fileName: opts.fileName })
	};
}
