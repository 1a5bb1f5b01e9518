import { describe, expect, it } from 'vitest';
import { monthCountWords, publishedWords } from './upload-publish-words';

const months = (...s: ('new' | 'replaced' | 'revised' | 'unchanged')[]) =>
	s.map((status) => ({ status }));

describe('monthCountWords', () => {
	it.each([
		[months('new', 'new', 'new', 'replaced'), '3 months new, 1 replaced'],
		[months('replaced'), '1 month replaced'],
		[months('revised', 'unchanged', 'unchanged'), '1 month revised, 2 unchanged'],
		[[], 'nothing changed']
	])('%j → %s', (m, text) => expect(monthCountWords({ months: m })).toBe(text));
});

describe('publishedWords', () => {
	it.each([
		[
			12,
			months('new', 'new', 'new', 'replaced'),
			'Published as version 12: 3 months new, 1 replaced. Everyone now sees these figures.'
		],
		[null, months('unchanged'), 'Nothing was published: the server already holds these figures.']
	])('version %s', (version, m, text) => expect(publishedWords({ version, months: m })).toBe(text));
});
