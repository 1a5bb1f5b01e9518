import { describe, expect, it } from 'vitest';
import { filePreview } from './file-preview';
import { guessMapping, mappingNameFromFile } from './guess-mapping';

const encode = (text: string) => new TextEncoder().encode(text);

describe('guessMapping', () => {
	it('finds date, category, count and area columns from names and first rows', () => {
		const preview = filePreview({
			bytes: encode(
				'\uFEFFRef,Referral date,Crime group,Borough,Victims\r\nA1,05/01/2024,Theft,Camden,3\r\n'
			),
			fileName: 'v.csv'
		});
		expect(preview).toEqual({
			header: ['Ref', 'Referral date', 'Crime group', 'Borough', 'Victims'],
			rows: [['A1', '05/01/2024', 'Theft', 'Camden', '3']]
		});
		expect(guessMapping({ preview: preview!, fileName: 'victim-referrals-2024-01.csv' })).toEqual({
			date: 'Referral date',
			categories: ['Crime group'],
			value: 'Victims',
			areaColumn: 'Borough',
			name: 'victim referrals'
		});
	});

	it('counts rows and leaves the area to the analyst when nothing fits', () => {
		const preview = { header: ['When', 'What'], rows: [['2024-01', 'Noise']] };
		expect(guessMapping({ preview, fileName: 'x.csv' })).toEqual({
			date: 'When',
			categories: ['What'],
			value: 'count-rows',
			areaColumn: '',
			name: 'x'
		});
	});

	it('reads only the start of a large file and gives null for one that is not text', () => {
		const big = encode('Date,Type\n' + '2024-01-05,Theft\n'.repeat(10_000));
		expect(filePreview({ bytes: big, fileName: 'b.csv', rows: 2 })?.rows).toHaveLength(2);
		expect(filePreview({ bytes: new Uint8Array([0, 1, 2, 0, 0]), fileName: 'z.csv' })).toBeNull();
	});

	it.each([
		['Jan 2024 victims.csv', 'victims'],
		['archive.zip › 2024-02_asb_calls.csv', 'asb calls'],
		['market-thefts-march.csv', 'market thefts']
	])('names a mapping after %s', (fileName, name) => {
		expect(mappingNameFromFile({ fileName })).toBe(name);
	});
});
