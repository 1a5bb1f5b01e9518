import { textWidth } from './text-width';

/**
 * Splits text into lines no wider than `width` px (estimated), breaking between words; past
 * `maxLines` the last line ends in an ellipsis. A single word wider than `width` is shortened too.
 * @example wrapText({ text: 'Anti-social behaviour', width: 80, size: 12, bold: true }) // ['Anti-social', 'behaviour']
 */
export function wrapText({
	text,
	width,
	size,
	bold = false,
	maxLines = Infinity
}: {
	text: string;
	width: number;
	size: number;
	bold?: boolean;
	maxLines?: number;
}): string[] {
	const fits = (line: string) => textWidth({ text: line, size, bold }) <= width;
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const line = lines.at(-1);
		if (line !== undefined && fits(`${line} ${word}`)) lines[lines.length - 1] = `${line} ${word}`;
		else lines.push(word);
	}
	const kept = lines.slice(0, Math.max(1, maxLines));
	const cut = kept.length < lines.length;
	return kept.map((line, i) =>
		fits(line) && !(cut && i === kept.length - 1) ? line : ellipsis(line)
	);

	function ellipsis(line: string): string {
		let chars = [...line];
		while (chars.length > 1 && !fits(`${chars.join('').trimEnd()}…`)) chars = chars.slice(0, -1);
		return `${chars.join('').trimEnd()}…`;
	}
}
