import type { ValidationIssue } from '../types';
import { issueMaker } from '../validation/issue-maker';

// UTF-8 bytes read as Windows-1252 and saved again: '£' → 'Â£', 'é' → 'Ã©', '’' → 'â€™', BOM → 'ï»¿'.
const MOJIBAKE = /Â[\u00a0-\u00bf]|Ã[\u0080-\u00bf\u0152-\u0178\u2013-\u2122]|â€|ï»¿/;

/**
 * Warns about lines whose text looks double-encoded (UTF-8 read as Windows-1252 and re-saved).
 * @example findMojibake({ text: 'Notional Cost (Â£)', fileName: 'lfb.csv' })[0].rule // 'mojibake'
 */
export function findMojibake({
	text,
	fileName,
	limit = 100
}: {
	text: string;
	fileName: string;
	limit?: number;
}): ValidationIssue[] {
	const issue = issueMaker({ file: fileName });
	const found: ValidationIssue[] = [];
	if (!MOJIBAKE.test(text)) return found;
	const lines = text.split(/\r\n|\n|\r/);
	for (let i = 0; i < lines.length && found.length < limit; i++) {
		const match = MOJIBAKE.exec(lines[i] ?? '');
		if (!match) continue;
		const start = Math.max(0, match.index - 15);
		found.push(
			issue({
				rule: 'mojibake',
				severity: 'warning',
				line: i + 1,
				value: (lines[i] ?? '').slice(start, match.index + 15),
				expected: "plain characters such as '£' or 'é'",
				action:
					'the file was converted between encodings twice; export it again from the original system as CSV UTF-8'
			})
		);
	}
	return found;
}
