// Widths in em, measured on DejaVu Sans (Linux's default sans-serif and one of the widest), so the
// estimate errs on the wide side for system-ui, Segoe UI, Roboto and San Francisco.
const GROUPS: [RegExp, number][] = [
	[/[ijlI!'.,:;|]/, 0.32],
	[/[ftr()[\]\-/ ]/, 0.4],
	[/[mwMW@%—…]/, 1],
	[/[A-Z]/, 0.74],
	[/[a-z0-9£$]/, 0.64]
];

/**
 * Estimated width in px of one line of SVG text; bold (600–700) is about a tenth wider.
 * @example textWidth({ text: 'Year earlier', size: 12, bold: true }) // ≈ 81
 */
export function textWidth({
	text,
	size,
	bold = false
}: {
	text: string;
	size: number;
	bold?: boolean;
}): number {
	let em = 0;
	for (const char of text) em += GROUPS.find(([re]) => re.test(char))?.[1] ?? 0.7;
	return em * size * (bold ? 1.1 : 1);
}
