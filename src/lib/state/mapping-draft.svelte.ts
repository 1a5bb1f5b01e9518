import type { ColumnMapping } from '../ingest/mapping/column-mapping';
import type { FilePreview } from './file-preview';
import { guessMapping } from './guess-mapping';

/** The column-mapping form of one file: what the analyst chose so far, and what is still missing. */
export class MappingDraft {
	readonly header: string[];
	readonly rows: string[][];
	date = $state('');
	categories: string[] = $state([]);
	/** A column name, or 'count-rows'. */
	value = $state('count-rows');
	areaMode: 'fixed' | 'column' = $state('fixed');
	areaColumn = $state('');
	areaFixed = $state('');
	name = $state('');

	/** Starts from a mapping used before, else from a guess made from the file's columns. */
	constructor(opts: { preview: FilePreview; fileName: string; from?: ColumnMapping | null }) {
		this.header = opts.preview.header;
		this.rows = opts.preview.rows;
		const from = opts.from;
		if (from) {
			this.date = from.date;
			this.categories = [...from.categories];
			this.value = from.value === 'count-rows' ? 'count-rows' : from.value.column;
			this.areaMode = 'column' in from.area ? 'column' : 'fixed';
			this.areaColumn = 'column' in from.area ? from.area.column : '';
			this.areaFixed = 'fixed' in from.area ? from.area.fixed : '';
			this.name = from.name;
			return;
		}
		const guess = guessMapping(opts);
		this.date = guess.date;
		this.categories = guess.categories;
		this.value = guess.value;
		this.areaColumn = guess.areaColumn;
		this.areaMode = guess.areaColumn ? 'column' : 'fixed';
		this.name = guess.name;
	}

	/** What must still be chosen, in words; empty when the mapping is complete. */
	get problems(): string[] {
		const out: string[] = [];
		if (!this.header.includes(this.date)) out.push('Choose the date or month column.');
		if (this.categories.length === 0) out.push('Choose at least one category column.');
		if (this.categories.includes(this.date)) out.push('The date column cannot also be a category.');
		if (this.value !== 'count-rows' && this.categories.includes(this.value))
			out.push('The value column cannot also be a category.');
		if (this.areaMode === 'fixed' && !this.areaFixed.trim())
			out.push('Name the area the whole file is about, or choose its area column.');
		if (this.areaMode === 'column' && !this.header.includes(this.areaColumn))
			out.push('Choose the area column.');
		if (!this.name.trim()) out.push('Give the mapping a name.');
		return out;
	}

	/** The mapping chosen, or null while something is missing. */
	get mapping(): ColumnMapping | null {
		if (this.problems.length) return null;
		return {
			name: this.name.trim(),
			date: this.date,
			categories: this.header.filter((h) => this.categories.includes(h)),
			value: this.value === 'count-rows' ? 'count-rows' : { column: this.value },
			area:
				this.areaMode === 'column' ? { column: this.areaColumn } : { fixed: this.areaFixed.trim() }
		};
	}

	/** An example value of a column from the file's first rows, e.g. '2024-01-05'. */
	example(column: string): string {
		const i = this.header.indexOf(column);
		return this.rows.map((r) => (r[i] ?? '').trim()).find((v) => v !== '') ?? '';
	}

	/** A column's name with an example value, for menus, e.g. 'Referral date (e.g. 2024-01-05)'. */
	describe(column: string): string {
		const value = this.example(column);
		const short = value.length > 24 ? `${value.slice(0, 24)}…` : value;
		return value ? `${column} (e.g. ${short})` : column;
	}
}
