import path from 'node:path';

/**
 * The layers of src/lib, lowest first. A folder may import its own files and any lower layer's,
 * never a higher one's nor one of its own level. Routes and the CLI sit above them all.
 */
export const LAYERS = [
	['periods', 'stats', 'csv', 'method', 'sample', 'geo'],
	// series sits one above periods (not beside it) because it builds on periods/month.
	['ingest', 'series'],
	['db'],
	['store', 'config'],
	['compare', 'drill'],
	// charts render figures handed to them: below state, so components may place them.
	['overview', 'engine', 'server', 'charts'],
	// embed: a chart's embed, images and downloads, built from overview figures and charts.
	['state', 'embed'],
	['components']
];

const LEVEL = new Map(LAYERS.flatMap((folders, level) => folders.map((f) => [f, level])));
const TOP = LAYERS.length;

/**
 * The src/lib folder a path lies in, 'app' for the rest of src, or null outside src.
 * @param {string} file
 * @param {string} root
 */
function folderOf(file, root) {
	const [top, lib, folder, ...rest] = path.relative(root, file).split(path.sep);
	if (top !== 'src') return null;
	if (lib !== 'lib') return 'app';
	return folder && rest.length ? folder : 'lib';
}

/** @param {string} folder */
function levelOf(folder) {
	if (folder === 'app') return TOP;
	return LEVEL.get(folder) ?? -1;
}

/**
 * @param {string} spec
 * @param {string} file
 * @param {string} root
 */
function resolveSpecifier(spec, file, root) {
	if (spec.startsWith('$lib/')) return path.join(root, 'src/lib', spec.slice(5));
	if (spec.startsWith('.')) return path.resolve(path.dirname(file), spec);
	return null;
}

/**
 * Why an import breaks the layers, or null. @example importProblem({ file, spec, root })
 * @param {{ file: string, spec: string, root: string }} opts
 * @returns {string | null}
 */
export function importProblem({ file, spec, root }) {
	const from = folderOf(file, root);
	if (from === null || from === 'app') return null;
	const serverOnly = spec.startsWith('node:') || spec === '@duckdb/node-api';
	if (serverOnly && from !== 'server' && !/\.server\.ts$/.test(file)) {
		return `${spec} is server-only: name the file *.server.ts or put it under src/lib/server`;
	}
	if (spec.startsWith('@duckdb/') && from !== 'db') {
		return `'${from}' may not import ${spec}: only src/lib/db talks to DuckDB`;
	}
	const target = resolveSpecifier(spec, file, root);
	if (target === null) return null;
	const to = folderOf(target, root);
	if (to === null) return `src/lib/${from} may not import from outside src (${spec})`;
	if (to === from) return null;
	if (to === 'app') return `src/lib/${from} may not import routes or the CLI (${spec})`;
	const [a, b] = [levelOf(from), levelOf(to)];
	if (a < 0) return `src/lib/${from} is in no layer: add it to LAYERS in eslint/layer-imports.js`;
	if (b < 0) return `src/lib/${to} is in no layer: add it to LAYERS in eslint/layer-imports.js`;
	if (b >= a)
		return `'${from}' (layer ${a}) may not import '${to}' (layer ${b}): imports run down the layers only`;
	return null;
}

/** The ESLint rule: one report per import that breaks the layers. @type {import('eslint').Rule.RuleModule} */
export const layerImports = {
	meta: {
		type: 'problem',
		schema: [],
		docs: { description: 'Imports run down the layers of src/lib' }
	},
	create(context) {
		const root = context.cwd;
		const file = context.filename;
		if (/\.test\.ts$/.test(file)) return {};
		/** @param {any} node */
		function check(node) {
			const spec = node.source?.value;
			if (typeof spec !== 'string') return;
			const message = importProblem({ file, spec, root });
			if (message) context.report({ node: node.source, message });
		}
		return {
			ImportDeclaration: check,
			ExportNamedDeclaration: check,
			ExportAllDeclaration: check,
			ImportExpression: check
		};
	}
};

export default { rules: { 'layer-imports': layerImports } };
