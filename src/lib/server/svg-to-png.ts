import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import bold from './fonts/AtkinsonHyperlegible-700.ttf?inline';
import regular from './fonts/AtkinsonHyperlegible-400.ttf?inline';

/** The font the exported charts name; shipped with the app, so text never goes missing. */
export const EXPORT_FONT = 'Atkinson Hyperlegible';

let fontFiles: string[] | null = null;

/** resvg's node binding reads fonts from files: the bundled ones, written out once per process. */
function shippedFonts(): string[] {
	if (fontFiles) return fontFiles;
	const dir = join(tmpdir(), `safer-city-fonts-${process.pid}`);
	mkdirSync(dir, { recursive: true });
	fontFiles = Object.entries({ '400': regular, '700': bold }).map(([weight, url]) => {
		const file = join(dir, `AtkinsonHyperlegible-${weight}.ttf`);
		writeFileSync(file, Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'));
		return file;
	});
	return fontFiles;
}

/**
 * A PNG of an SVG at `scale` times its size, drawn with the app's own fonts only (no system fonts).
 * @example svgToPng({ svg, scale: 2 }) // Uint8Array of a PNG twice the SVG's width
 */
export function svgToPng(opts: { svg: string; scale: number }): Uint8Array {
	const width = Number(opts.svg.match(/<svg[^>]*?\swidth="([\d.]+)"/)?.[1] ?? 640);
	const resvg = new Resvg(opts.svg, {
		fitTo: { mode: 'width', value: Math.round(width * opts.scale) },
		font: { fontFiles: shippedFonts(), loadSystemFonts: false, defaultFontFamily: EXPORT_FONT }
	});
	return resvg.render().asPng();
}
