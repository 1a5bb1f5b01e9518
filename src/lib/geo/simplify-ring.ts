import type { Ring } from './parse-wkt';

const at = (ring: Ring, i: number): [number, number] => ring[i] ?? ring[0]!;

function distanceToSegment(p: [number, number], a: [number, number], b: [number, number]): number {
	const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
	const length2 = dx * dx + dy * dy;
	const t = length2
		? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2))
		: 0;
	return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

function keep(ring: Ring, first: number, last: number, tolerance: number, kept: boolean[]): void {
	let [far, farthest] = [-1, tolerance];
	for (let i = first + 1; i < last; i++) {
		const d = distanceToSegment(at(ring, i), at(ring, first), at(ring, last));
		if (d > farthest) [far, farthest] = [i, d];
	}
	if (far < 0) return;
	kept[far] = true;
	keep(ring, first, far, tolerance, kept);
	keep(ring, far, last, tolerance, kept);
}

/**
 * Douglas–Peucker simplification of a closed ring, never below 4 positions (a triangle, closed).
 * @example simplifyRing({ ring, tolerance: 5 }) // the ring without bends under 5 units
 */
export function simplifyRing({ ring, tolerance }: { ring: Ring; tolerance: number }): Ring {
	if (ring.length <= 4) return ring;
	// Split the closed ring at its start and the position farthest from it, so both halves are open.
	let split = 1;
	for (let i = 1; i < ring.length - 1; i++)
		if (
			Math.hypot(at(ring, i)[0] - at(ring, 0)[0], at(ring, i)[1] - at(ring, 0)[1]) >
			Math.hypot(at(ring, split)[0] - at(ring, 0)[0], at(ring, split)[1] - at(ring, 0)[1])
		)
			split = i;
	const kept = ring.map((_, i) => i === 0 || i === split || i === ring.length - 1);
	keep(ring, 0, split, tolerance, kept);
	keep(ring, split, ring.length - 1, tolerance, kept);
	const out = ring.filter((_, i) => kept[i]);
	return out.length >= 4
		? out
		: [
				at(ring, 0),
				at(ring, split),
				at(ring, Math.floor((split + ring.length - 1) / 2)),
				at(ring, 0)
			];
}
