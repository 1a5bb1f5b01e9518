import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown } from './parse-markdown';

describe('parseInline', () => {
	it.each([
		['plain', [{ kind: 'text', text: 'plain' }]],
		[
			'a **b** *c* _d_ `e*f`',
			[
				{ kind: 'text', text: 'a ' },
				{ kind: 'strong', text: 'b' },
				{ kind: 'text', text: ' ' },
				{ kind: 'em', text: 'c' },
				{ kind: 'text', text: ' ' },
				{ kind: 'em', text: 'd' },
				{ kind: 'text', text: ' ' },
				{ kind: 'code', text: 'e*f' }
			]
		],
		['snake_case_name and 2 * 3', [{ kind: 'text', text: 'snake_case_name and 2 * 3' }]]
	])('%s', (text, spans) => {
		expect(parseInline(text)).toEqual(spans);
	});
});

describe('parseMarkdown', () => {
	it('reads headings, paragraphs, lists with continuation lines, and code', () => {
		const md = [
			'# Title',
			'',
			'First line',
			'second line.',
			'',
			'- one',
			'  continued',
			'- two',
			'1. first',
			'2. second',
			'',
			'```',
			'a <b>',
			'```'
		].join('\r\n');
		expect(parseMarkdown(md)).toEqual([
			{ kind: 'heading', level: 1, spans: [{ kind: 'text', text: 'Title' }] },
			{ kind: 'paragraph', spans: [{ kind: 'text', text: 'First line second line.' }] },
			{
				kind: 'list',
				ordered: false,
				items: [[{ kind: 'text', text: 'one continued' }], [{ kind: 'text', text: 'two' }]]
			},
			{
				kind: 'list',
				ordered: true,
				items: [[{ kind: 'text', text: 'first' }], [{ kind: 'text', text: 'second' }]]
			},
			{ kind: 'code', text: 'a <b>' }
		]);
	});

	it('reads METHOD.md into its sections, nothing left as raw markup', () => {
		const blocks = parseMarkdown(
			readFileSync(join(process.cwd(), 'src/lib/stats/METHOD.md'), 'utf8')
		);
		const headings = blocks.flatMap((b) => (b.kind === 'heading' ? [b.spans[0]!.text] : []));
		expect(headings).toEqual([
			'How the dashboard compares figures',
			'Periods',
			'Change and percentage change',
			'Is the change within normal variation?',
			'How big might the real change be?',
			'Small numbers',
			'Breaks in the figures',
			'Groups of categories',
			'Rates',
			'Targets'
		]);
		const text = JSON.stringify(blocks.map((b) => (b.kind === 'code' ? '' : b)));
		expect(text).not.toMatch(/\*\*|(^|\s)#|`/);
	});
});
