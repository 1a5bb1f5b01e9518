import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph } from './import-graph';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('importCycles', () => {
	it.each([
		['no edges', { a: [] }, []],
		['a chain', { a: ['b'], b: ['c'], c: [] }, []],
		['two files', { a: ['b'], b: ['a'] }, [['a', 'b']]],
		['three files', { a: ['b'], b: ['c'], c: ['a'] }, [['a', 'b', 'c']]],
		['a self-import', { a: ['a'] }, [['a']]]
	])('finds the cycles of %s', (_, edges, cycles) => {
		expect(importCycles(new Map(Object.entries(edges)))).toEqual(cycles);
	});

	it('reads relative, $lib and type imports', () => {
		const graph = importGraph({ root, dir: 'src' });
		expect(graph.get('src/lib/compare/count-rows.ts')).toContain('src/lib/compare/order-rows.ts');
		expect(graph.get('src/lib/compare/order-rows.ts')).toContain('src/lib/compare/comparison.ts');
		expect(graph.get('src/routes/+page.server.ts')).toContain('src/lib/overview/load-overview.ts');
	});

	it.each(['src/lib', 'src/cli', 'src/routes'])('finds none in %s', (dir) => {
		const graph = importGraph({ root, dir });
		expect(graph.size).toBeGreaterThan(5);
		expect(importCycles(graph)).toEqual([]);
	});
});
