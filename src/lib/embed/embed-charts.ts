/** The charts of a series page that can be embedded, in page order. */
export const EMBED_CHARTS = ['trend', 'rolling', 'seasonal'] as const;

/** One of them. */
export type EmbedChart = (typeof EMBED_CHARTS)[number];

/** Whether a route parameter names one. @example isEmbedChart('trend') // true */
export function isEmbedChart(value: string): value is EmbedChart {
	return (EMBED_CHARTS as readonly string[]).includes(value);
}
