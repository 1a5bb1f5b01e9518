/** A label wanting to sit at `y`, e.g. level with the end of its line. */
export interface LabelSpot {
	y: number;
}

/**
 * Moves labels apart so neighbours are at least `gap` px apart, keeping their order and staying
 * within [min, max] where there is room; returns the new y of each label, in input order.
 * @example nudgeLabels({ spots: [{ y: 50 }, { y: 52 }], gap: 14, min: 0, max: 200 }) // [44, 58]
 */
export function nudgeLabels({
	spots,
	gap,
	min,
	max
}: {
	spots: readonly LabelSpot[];
	gap: number;
	min: number;
	max: number;
}): number[] {
	const order = spots.map((s, i) => ({ i, y: s.y })).sort((a, b) => a.y - b.y || a.i - b.i);
	// Stack overlapping labels into clusters centred on their mean, then merge clusters that touch.
	const clusters: { ids: number[]; centre: number }[] = [];
	for (const spot of order) {
		clusters.push({ ids: [spot.i], centre: spot.y });
		for (;;) {
			const [a, b] = clusters.slice(-2);
			if (!a || !b) break;
			const aEnd = a.centre + ((a.ids.length - 1) * gap) / 2;
			const bStart = b.centre - ((b.ids.length - 1) * gap) / 2;
			if (bStart - aEnd >= gap) break;
			const ids = [...a.ids, ...b.ids];
			const centre = (a.centre * a.ids.length + b.centre * b.ids.length) / ids.length;
			clusters.splice(-2, 2, { ids, centre });
		}
	}
	const result = Array<number>(spots.length).fill(0);
	for (const { ids, centre } of clusters) {
		const half = ((ids.length - 1) * gap) / 2;
		const start = Math.max(min, Math.min(centre - half, max - 2 * half));
		ids.forEach((id, k) => (result[id] = start + k * gap));
	}
	return result;
}
