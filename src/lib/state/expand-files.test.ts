import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { expandFiles } from './expand-files';

const file = (name: string, bytes: Uint8Array) => new File([bytes as BlobPart], name);

describe('expandFiles', () => {
	it('opens a zip into its CSV files and keeps other files as they are', async () => {
		const zip = zipSync({
			'2021-06/2021-06-city-of-london-street.csv': strToU8('a\n1'),
			'2021-07/2021-07-city-of-london-street.csv': strToU8('a\n2'),
			'README.txt': strToU8('x')
		});
		const files = await expandFiles({
			files: [file('download.zip', zip), file('plain.csv', strToU8('b\n3'))]
		});
		expect(files.map((f) => [f.name, f.size])).toEqual([
			['download.zip › 2021-06/2021-06-city-of-london-street.csv', 3],
			['download.zip › 2021-07/2021-07-city-of-london-street.csv', 3],
			['plain.csv', 3]
		]);
		expect(new Set(files.map((f) => f.id)).size).toBe(3);
	});

	it('lists a zip without CSV files as it is, for the check to explain', async () => {
		const zip = zipSync({ 'README.txt': strToU8('x') });
		const [only] = await expandFiles({ files: [file('empty.zip', zip)] });
		expect(only?.name).toBe('empty.zip');
	});
});
