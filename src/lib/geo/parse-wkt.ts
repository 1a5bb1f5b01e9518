/** A ring of [x, y] positions; a polygon is its outer ring then its holes. */
export type Ring = [number, number][];
export type Polygon = Ring[];

/** Where and why a WKT text could not be read. */
export class WktError extends Error {}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/;

/**
 * Reads a WKT POLYGON or MULTIPOLYGON (2D) into polygons, each its outer ring then its holes.
 * @example parseWkt({ text: 'POLYGON ((0 0, 1 0, 1 1, 0 0))' }) // [[[[0,0],[1,0],[1,1],[0,0]]]]
 */
export function parseWkt({ text, where = 'WKT' }: { text: string; where?: string }): Polygon[] {
	let at = 0;
	const fail = (expected: string): never => {
		const found = text.slice(at, at + 12) || 'the end of the text';
		throw new WktError(
			`${where}: expected ${expected} at character ${at + 1}, found '${found}'. Export the boundaries as WKT POLYGON or MULTIPOLYGON in metres or degrees.`
		);
	};
	const space = () => {
		while (/\s/.test(text[at] ?? '')) at++;
	};
	const take = (char: string) => {
		space();
		if (text[at] !== char) fail(`'${char}'`);
		at++;
	};
	const number = (): number => {
		space();
		const match = NUMBER.exec(text.slice(at));
		if (!match) fail('a number');
		at += match![0].length;
		return Number(match![0]);
	};
	const list = <T>(item: () => T): T[] => {
		take('(');
		const items = [item()];
		for (space(); text[at] === ','; space()) {
			at++;
			items.push(item());
		}
		take(')');
		return items;
	};
	const ring = (): Ring => {
		const points = list((): [number, number] => [number(), number()]);
		const [first, last] = [points[0]!, points[points.length - 1]!];
		if (points.length < 4 || first[0] !== last[0] || first[1] !== last[1])
			fail('a closed ring (at least 4 positions, the last equal to the first) before');
		return points;
	};
	const polygon = () => list(ring);
	space();
	const word = /^[A-Za-z]+/.exec(text.slice(at))?.[0].toUpperCase() ?? '';
	at += word.length;
	let result: Polygon[] = [];
	if (word === 'POLYGON') result = [polygon()];
	else if (word === 'MULTIPOLYGON') result = list(polygon);
	else fail('POLYGON or MULTIPOLYGON');
	space();
	if (at < text.length) fail('nothing more');
	return result;
}
