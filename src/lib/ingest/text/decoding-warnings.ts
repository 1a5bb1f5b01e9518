import type { ValidationIssue } from '../types';
import { issueMaker } from '../validation/issue-maker';

const LIMIT = 100;

/** How text was read when it was not plain, one encoding and one line-break style throughout. */
export interface DecodingNotes {
	fileName: string;
	/** Lines read as UTF-8 in a file otherwise read as Windows-1252. */
	utf8Lines: number[];
	/** Lines a byte-order mark (U+FEFF) was removed from, after the file's start. */
	bomLines: number[];
	/** Whether every line ends in a bare CR (the old Mac style). */
	crOnly: boolean;
}

/**
 * The warnings that say how a file was read, so the analyst knows why its text may differ from
 * what a spreadsheet shows.
 * @example decodingWarnings({ fileName: 'a.csv', utf8Lines: [7], bomLines: [], crOnly: false })[0].rule // 'encoding-mixed'
 */
export function decodingWarnings(notes: DecodingNotes): ValidationIssue[] {
	const issue = issueMaker({ file: notes.fileName });
	const mixed = notes.utf8Lines.slice(0, LIMIT).map((line) =>
		issue({
			rule: 'encoding-mixed',
			severity: 'warning',
			line,
			expected: 'one character encoding throughout (the rest of this file is Windows-1252)',
			action:
				'nothing to do: this line was read as UTF-8 and the rest as Windows-1252, so accented letters come out right; check them, and export the file again in one encoding if not'
		})
	);
	const boms = notes.bomLines.slice(0, LIMIT).map((line) =>
		issue({
			rule: 'bom-inside',
			severity: 'warning',
			line,
			expected: 'a byte-order mark (U+FEFF) only at the very start of the file',
			action:
				'nothing to do: the invisible mark was removed; it usually means two exports were joined, so check that no rows are there twice'
		})
	);
	const cr = notes.crOnly
		? [
				issue({
					rule: 'line-endings-cr',
					severity: 'warning',
					expected: 'lines ending in CRLF or LF',
					action: 'nothing to do: they were read as line breaks all the same'
				})
			]
		: [];
	return [...mixed, ...boms, ...cr];
}

/**
 * Removes byte-order marks after the start of a text, returning the lines they were on.
 * @example removeInnerBoms({ text: 'a\n\uFEFFb' }) // { text: 'a\nb', lines: [2] }
 */
export function removeInnerBoms({ text }: { text: string }): { text: string; lines: number[] } {
	if (!text.includes('\uFEFF')) return { text, lines: [] };
	const lines: number[] = [];
	let line = 1;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
		else if (c === 0xfeff && lines.at(-1) !== line) lines.push(line);
	}
	return { text: text.replaceAll('\uFEFF', ''), lines };
}
