import type { FormatDetection, FormatKind } from '../types';
import { detectFormat } from './detect-format';
import { FORMAT_SIGNATURES } from './format-signatures';

/**
 * The layout to read a file as: the one chosen by hand when given, else the detected one.
 * @example chooseFormat({ fileName: 'x.csv', header, format: 'measures-long' }).reason // 'Read as partner measures (long: …), as chosen; the columns look like …'
 */
export function chooseFormat({
	fileName,
	header,
	format
}: {
	fileName: string;
	header: string[];
	format?: FormatKind | null;
}): FormatDetection {
	const detected = detectFormat({ fileName, header });
	if (!format || format === detected.kind) return detected;
	const label = FORMAT_SIGNATURES.find((s) => s.kind === format)?.label ?? format;
	const seen =
		detected.kind === 'unknown'
			? 'the columns match no layout by themselves'
			: `the columns look like ${FORMAT_SIGNATURES.find((s) => s.kind === detected.kind)?.label}`;
	return { kind: format, confidence: 1, reason: `Read as ${label}, as chosen; ${seen}.` };
}
