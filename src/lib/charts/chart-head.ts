import { textWidth } from './text-width';
import { wrapText } from './wrap-text';

/** One line of a chart's head: its text, baseline and kind. */
export interface HeadLine {
	text: string;
	y: number;
	kind: 'title' | 'synthetic';
}

export const SYNTHETIC_STAMP = 'Synthetic sample data — not real figures';

/**
 * The title (14 px bold, 18 px a line) wrapped to the chart's width, then the synthetic stamp
 * (12 px, 16 px a line), and the height they take above the plot.
 * @example chartHead({ title: 'Burglary by month', synthetic: true, width: 640 }).height // 40
 */
export function chartHead({
	title,
	synthetic,
	width
}: {
	title: string;
	synthetic: boolean;
	width: number;
}): { lines: HeadLine[]; height: number } {
	const titles = wrapText({ text: title, width, size: 14, bold: true });
	const stamps = synthetic ? wrapText({ text: SYNTHETIC_STAMP, width, size: 12, bold: true }) : [];
	const lines: HeadLine[] = [
		...titles.map((text, i) => ({ text, y: 16 + i * 18, kind: 'title' as const })),
		...stamps.map((text, i) => ({
			text,
			y: 16 + titles.length * 18 + i * 16,
			kind: 'synthetic' as const
		}))
	];
	return { lines, height: 24 + Math.max(0, titles.length - 1) * 18 + stamps.length * 16 };
}

/**
 * Right padding that fits the widest direct label (12 px bold, after an 8 px gap) up to 28% of
 * the chart's width, and never under 88 px; LabelMark wraps whatever is still too wide.
 * @example rightPadding({ labels: ['Anti-social behaviour', 'Year earlier'], width: 1100 }) // 161
 */
export function rightPadding({ labels, width }: { labels: readonly string[]; width: number }) {
	const widest = Math.max(0, ...labels.map((text) => textWidth({ text, size: 12, bold: true })));
	return Math.round(Math.max(88, Math.min(widest + 12, width * 0.28)));
}
