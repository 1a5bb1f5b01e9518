/**
 * The custom properties a stylesheet's `:root` declares, e.g. the chart palette.
 * @example paletteVars({ css: ':root { --chart-1: #0072b2; }' }) // { '--chart-1': '#0072b2' }
 */
export function paletteVars(opts: { css: string }): Record<string, string> {
	const root = opts.css.replace(/\/\*[\s\S]*?\*\//g, '').match(/:root\s*\{([^}]*)\}/)?.[1] ?? '';
	return Object.fromEntries(
		[...root.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()])
	);
}
