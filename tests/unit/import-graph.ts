import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SPECIFIER = /(?:from\s+|import\s*\(\s*|^import\s+)['"]([^'"]+)['"]/gm;
const EXTENSIONS = ['', '.ts', '.js', '.svelte'];

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.(ts|svelte)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
	});
}

/** Every non-test source file under `dir` → the files of the same tree it imports. @example importGraph({ root, dir: 'src/lib' }) */
export function importGraph(opts: { root: string; dir: string }): Map<string, string[]> {
	const files = new Set(sourceFiles(join(opts.root, opts.dir)));
	const lib = join(opts.root, 'src/lib');
	const graph = new Map<string, string[]>();
	for (const file of files) {
		const targets: string[] = [];
		for (const [, spec = ''] of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
			const base = spec.startsWith('$lib/')
				? join(lib, spec.slice(5))
				: spec.startsWith('.')
					? resolve(dirname(file), spec)
					: null;
			const target = base && EXTENSIONS.map((e) => base + e).find((p) => files.has(p));
			if (target) targets.push(target);
		}
		graph.set(
			relative(opts.root, file),
			targets.map((t) => relative(opts.root, t))
		);
	}
	return graph;
}

/** The import cycles of a graph, each as the files around it. @example importCycles(graph) // [] */
export function importCycles(graph: Map<string, string[]>): string[][] {
	const state = new Map<string, 'open' | 'done'>();
	const stack: string[] = [];
	const cycles: string[][] = [];
	const visit = (node: string) => {
		state.set(node, 'open');
		stack.push(node);
		for (const next of graph.get(node) ?? []) {
			if (state.get(next) === 'open') cycles.push(stack.slice(stack.indexOf(next)));
			else if (!state.has(next)) visit(next);
		}
		stack.pop();
		state.set(node, 'done');
	};
	for (const node of graph.keys()) if (!state.has(node)) visit(node);
	return cycles;
}
