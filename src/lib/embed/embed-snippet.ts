/**
 * The HTML a writer pastes to embed a view: an iframe (with its title for screen readers) and the
 * app's resize script, which sets the iframe's height from the embed's messages.
 * @example embedSnippet({ origin: 'https://dash.example', path: '/embed/series/lfb/City/Fire/trend?v=3', title: 'Fire each month' })
 */
export function embedSnippet(opts: { origin: string; path: string; title: string }): string {
	const src = new URL(opts.path, opts.origin).href;
	const title = opts.title
		.replaceAll('&', '&amp;')
		.replaceAll('"', '&quot;')
		.replaceAll('<', '&lt;');
	return (
		`<iframe src="${src.replaceAll('&', '&amp;')}" title="${title}" data-safer-city-embed ` +
		`style="width:100%;min-width:300px;height:480px;border:0" loading="lazy"></iframe>\n` +
		`<script src="${opts.origin}/embed.js" async></script>`
	);
}
