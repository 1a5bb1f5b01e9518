import type { Component } from 'svelte';
import { render } from 'svelte/server';

/** Rounds every decimal number in markup to `digits` places, so float noise never breaks a snapshot. */
export function roundNumbers(opts: { text: string; digits?: number }): string {
	const digits = opts.digits ?? 2;
	return opts.text.replace(/-?\d+\.\d+/g, (n) => String(+Number(n).toFixed(digits)));
}

/** Server-rendered markup, one tag a line, without Svelte's hydration comments and style hashes. */
export function normaliseMarkup(opts: { html: string; digits?: number }): string {
	const html = opts.html
		.replace(/<!--(\[-?\d*|\]!?)?-->/g, '')
		.replace(/ ?\bsvelte-[a-z0-9]+\b/g, '')
		.replace(/ class=""/g, '')
		.replace(/>\s+</g, '><')
		.replace(/></g, '>\n<')
		.trim();
	return `${roundNumbers({ text: html, digits: opts.digits })}\n`;
}

/**
 * Renders a component on the server as the page would, ready for `toMatchFileSnapshot`.
 * @example expect(renderMarkup({ component: ChangeCell, props })).toMatchFileSnapshot('./__snapshots__/ChangeCell.html')
 */
export function renderMarkup<Props extends Record<string, unknown>>(opts: {
	component: Component<Props>;
	props: Props;
	digits?: number;
}): string {
	const { body } = render(opts.component, { props: opts.props });
	return normaliseMarkup({ html: body, digits: opts.digits });
}
