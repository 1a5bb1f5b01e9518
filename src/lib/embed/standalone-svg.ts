const TAG = /<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;
const VAR = /var\((--[\w-]+)\)/g;

/**
 * The first `<svg>` of server-rendered chart markup as a file of its own: Svelte's comments gone,
 * every `var(--x)` (from the palette or an ancestor's `style="--x: …"`) replaced by its colour,
 * a fixed pixel size, the namespace, a font, and `desc` replaced by the alt text.
 * @example standaloneSvg({ html: render(SeriesChart, { props }).body, palette: { '--chart-1': '#0072b2' }, css: '', font: 'Atkinson Hyperlegible', alt: '…' })
 */
export function standaloneSvg(opts: {
	html: string;
	palette: Record<string, string>;
	css: string;
	font: string;
	alt: string;
}): string {
	const markup = firstSvg(opts.html.replace(/<!--[\s\S]*?-->/g, ''));
	const scopes: Record<string, string>[] = [opts.palette];
	const resolve = (text: string) =>
		text.replace(VAR, (_, name: string) => lookup(scopes, name) ?? 'currentColor');
	const style = resolve(opts.css);
	let first = true;
	const body = markup.replace(
		TAG,
		(whole, close: string, name: string, attrs: string, self: string) => {
			if (close) {
				if (scopes.length > 1) scopes.pop();
				return whole;
			}
			const own = Object.fromEntries(
				[...(attrs.match(/style="([^"]*)"/)?.[1] ?? '').matchAll(/(--[\w-]+)\s*:\s*([^;]+)/g)].map(
					(m) => [m[1]!, resolve(m[2]!.trim())]
				)
			);
			if (!self) scopes.push(own);
			let out = `<${name}${resolve(attrs.replace(/\s*style="\s*(--[\w-]+\s*:[^;"]*;?\s*)*"/, ''))}${self}>`;
			if (first && name === 'svg') {
				first = false;
				const [, , w, h] = (attrs.match(/viewBox="([^"]*)"/)?.[1] ?? '0 0 640 300').split(/\s+/);
				out = out
					.replace(/\swidth="[^"]*"/, ` width="${w}"`)
					.replace(/\sheight="[^"]*"/, ` height="${h}"`)
					.replace(
						'<svg',
						`<svg xmlns="http://www.w3.org/2000/svg" font-family="${opts.font}" fill="${opts.palette['--chart-ink'] ?? '#000'}"`
					);
				out += `<style>${style}</style><rect width="100%" height="100%" fill="${opts.palette['--chart-bg'] ?? '#fff'}"/>`;
			}
			return out;
		}
	);
	return body.replace(
		/(<desc[^>]*>)[\s\S]*?(<\/desc>)/,
		(_, a: string, b: string) => a + escapeText(opts.alt) + b
	);
}

function lookup(scopes: Record<string, string>[], name: string): string | undefined {
	for (let i = scopes.length - 1; i >= 0; i--) if (scopes[i]![name]) return scopes[i]![name];
	return undefined;
}

function firstSvg(html: string): string {
	const start = html.indexOf('<svg');
	if (start < 0) throw new Error('The chart rendered no <svg>: nothing to export.');
	let depth = 0;
	for (const m of html.slice(start).matchAll(/<(\/?)svg\b[^>]*?(\/?)>/g)) {
		if (m[2]) continue;
		depth += m[1] ? -1 : 1;
		if (depth === 0) return html.slice(start, start + m.index + m[0].length);
	}
	throw new Error("The chart's <svg> is not closed: nothing to export.");
}

function escapeText(text: string): string {
	return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
