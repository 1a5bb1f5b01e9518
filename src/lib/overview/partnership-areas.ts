import type { Series } from '../compare/store-facts';

/** A partnership and the series of its partners (police force area, borough) in the store. */
export interface Partnership {
	name: string;
	series: Series[];
}

/**
 * The partnership an area belongs to: a police force area named after its borough joins that
 * borough ('City of London Police' → 'City of London'); any other area is its own.
 * @example partnershipOf('City of London Police') // 'City of London'
 */
export function partnershipOf(area: string): string {
	return area.replace(/\s+Police(\s+Service)?$/i, '').trim() || area;
}

/**
 * The partnerships of the store's series, the one with the most months of data first (the
 * default view), each with its series in the store's order.
 * @example partnershipAreas({ series }).map((p) => p.name) // ['City of London']
 */
export function partnershipAreas(opts: { series: readonly Series[] }): Partnership[] {
	const byName = new Map<string, Series[]>();
	for (const s of opts.series) {
		const name = partnershipOf(s.area);
		byName.set(name, [...(byName.get(name) ?? []), s]);
	}
	const months = (p: Partnership) => Math.max(...p.series.map((s) => s.months));
	return [...byName]
		.map(([name, series]) => ({ name, series }))
		.sort((a, b) => months(b) - months(a) || a.name.localeCompare(b.name));
}

/**
 * The partnership an `area` choice names: a partnership's name or one of its series' areas
 * (case-insensitive); undefined when none does.
 * @example findPartnership({ partnerships, area: 'City of London Police' })?.name // 'City of London'
 */
export function findPartnership(opts: {
	partnerships: readonly Partnership[];
	area: string;
}): Partnership | undefined {
	const wanted = opts.area.toLowerCase();
	return opts.partnerships.find(
		(p) => p.name.toLowerCase() === wanted || p.series.some((s) => s.area.toLowerCase() === wanted)
	);
}
