import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../ingest/mapping/column-mapping';
import { MappingDraft } from './mapping-draft.svelte';

const preview = {
	header: ['Referral date', 'Crime group', 'Sub group', 'Victims'],
	rows: [['2024-01-05', 'Theft', 'Bike', '2']]
};

describe('MappingDraft', () => {
	it('starts from a guess and asks for what is missing', () => {
		const draft = new MappingDraft({ preview, fileName: 'referrals.csv' });
		expect(draft.problems).toEqual([
			'Name the area the whole file is about, or choose its area column.'
		]);
		expect(draft.mapping).toBeNull();
		draft.areaFixed = ' City of London ';
		draft.categories = ['Sub group', 'Crime group'];
		expect(draft.mapping).toEqual({
			name: 'referrals',
			date: 'Referral date',
			categories: ['Crime group', 'Sub group'],
			value: { column: 'Victims' },
			area: { fixed: 'City of London' }
		});
		expect(draft.example('Crime group')).toBe('Theft');
		expect(draft.describe('Referral date')).toBe('Referral date (e.g. 2024-01-05)');
	});

	it('refuses a column used twice, and a missing name or area column', () => {
		const draft = new MappingDraft({ preview, fileName: 'x.csv' });
		draft.categories = ['Referral date', 'Victims'];
		draft.areaMode = 'column';
		draft.name = ' ';
		expect(draft.problems).toEqual([
			'The date column cannot also be a category.',
			'The value column cannot also be a category.',
			'Choose the area column.',
			'Give the mapping a name.'
		]);
	});

	it('starts from a mapping used before', () => {
		const from: ColumnMapping = {
			name: 'victims',
			date: 'Referral date',
			categories: ['Crime group'],
			value: 'count-rows',
			area: { column: 'Sub group' }
		};
		expect(new MappingDraft({ preview, fileName: 'x.csv', from }).mapping).toEqual(from);
	});
});
