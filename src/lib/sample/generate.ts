import { lfbCsv } from './lfb.ts';
import { createLocationPicker } from './locations.ts';
import { SAMPLE_FROM, SAMPLE_TO, monthRange } from './months.ts';
import { policeFileName, policeMonthCsv } from './police.ts';
import { streamFor } from './prng.ts';
import { probationCsv } from './probation.ts';

/** The seed behind the committed `data/sample`; change it and every file changes. */
export const SAMPLE_SEED = 20160401;

/** One generated file: a path relative to the output directory, and its exact text. */
export interface SampleFile {
	path: string;
	content: string;
}

/** Every sample file, in a fixed order, e.g. `generateSample({ seed: SAMPLE_SEED })`. */
export function generateSample({ seed = SAMPLE_SEED }: { seed?: number } = {}): SampleFile[] {
	const months = monthRange({ from: SAMPLE_FROM, to: SAMPLE_TO });
	const places = createLocationPicker({ rng: streamFor({ seed, label: 'police:places' }) });
	return [
		...months.map((month) => ({
			path: `police/${policeFileName({ month })}`,
			content: policeMonthCsv({ seed, month, places })
		})),
		{ path: 'lfb/lfb-incidents-city-of-london.csv', content: lfbCsv({ seed, months }) },
		{ path: 'probation/probation-measures.csv', content: probationCsv({ seed, months }) }
	];
}
