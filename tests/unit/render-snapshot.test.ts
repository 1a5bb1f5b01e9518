import { describe, expect, it } from 'vitest';
import { normaliseMarkup, roundNumbers } from '../support/render-snapshot';

describe('roundNumbers', () => {
	it.each([
		['M0,0L12.345678,3.14159', 'M0,0L12.35,3.14'],
		['width="100" x="-0.0049"', 'width="100" x="0"'],
		['1.50 and 2.000', '1.5 and 2'],
		['no numbers', 'no numbers']
	])('%s → %s', (text, expected) => {
		expect(roundNumbers({ text })).toBe(expected);
	});
});

describe('normaliseMarkup', () => {
	it('drops hydration comments and style hashes, and puts one tag a line', () => {
		const html =
			'<!--[--><p class="a svelte-1hxj3hf">x <b class="svelte-1g68u04">1.23456</b></p>  <!--]--><!---->' +
			'<!--[0--><!--[-1--><!-- kept -->';
		expect(normaliseMarkup({ html })).toBe('<p class="a">x <b>1.23</b>\n</p>\n<!-- kept -->\n');
	});
});
