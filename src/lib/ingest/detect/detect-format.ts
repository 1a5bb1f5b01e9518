import { parseReportPeriod } from '../formats/parse-report-period';
import type { FormatDetection } from '../types';
import { FORMAT_SIGNATURES, type FormatSignature } from './format-signatures';
import { findColumn, headerKey } from './header-key';

interface Score {
	signature: FormatSignature;
	confidence: number;
	missing: string[];
	eligible: boolean;
}

/**
 * True when a header key is a period column of the given style.
 * @example isPeriodColumn({ key: '201004', style: 'yyyymm' }) // true
 */
export function isPeriodColumn({
	key,
	style
}: {
	key: string;
	style: 'yyyymm' | 'period';
}): boolean {
	return style === 'yyyymm' ? /^\d{6}$/.test(key) : parseReportPeriod({ text: key }) !== null;
}

function score(signature: FormatSignature, keys: string[], fileName: string): Score {
	const found = signature.columns.map((spec) => findColumn({ keys, spec }) >= 0);
	const required = signature.columns.filter((c) => c.required);
	const optional = signature.columns.filter((c) => !c.required);
	const reqShare =
		required.filter((c) => found[signature.columns.indexOf(c)]).length / required.length;
	const optFound = optional.filter((c) => found[signature.columns.indexOf(c)]).length;
	const optShare = optional.length === 0 ? 1 : optFound / optional.length;
	const periods = signature.periods;
	const eligible = reqShare >= 0.5 && !(signature.forbidden ?? []).some((f) => keys.includes(f));
	// Without period columns a wide layout is still named, so checkHeader can say what is missing.
	const periodless = periods && !keys.some((key) => isPeriodColumn({ key, style: periods }));
	const named = signature.fileName?.test(fileName) ? 0.05 : 0;
	return {
		signature,
		confidence: Math.min(1, reqShare * (0.8 + 0.2 * optShare) * (periodless ? 0.7 : 1) + named),
		missing: required.filter((c) => !found[signature.columns.indexOf(c)]).map((c) => c.label),
		eligible
	};
}

/**
 * Lists the layouts we take, for messages about files we cannot read.
 * @example describeAcceptedLayouts() // 'police.uk street-level crime; …; ONS local authority to CSP / police force area lookup'
 */
export function describeAcceptedLayouts(): string {
	return FORMAT_SIGNATURES.filter((s) => s.kind !== 'police-stop-search')
		.map((s) => s.label)
		.join('; ');
}

const round = (n: number): number => Math.round(n * 100) / 100;

/**
 * Why a header matched nothing: a wrong separator, or the nearest layout and what it lacks.
 * @example explainUnknown({ header: ['period;area'] }).hint // "the file seems to use ';' to separate columns: save it as comma-separated CSV"
 */
export function explainUnknown({
	header,
	scores = FORMAT_SIGNATURES.map((s) =>
		score(
			s,
			header.map((cell) => headerKey({ cell })),
			''
		)
	)
}: {
	header: string[];
	scores?: Score[];
}): { hint: string | null; closest: string | null } {
	const only = header.length === 1 ? (header[0] ?? '') : '';
	const separator = only.includes(';') ? "';'" : only.includes('\t') ? 'tabs' : null;
	const near = [...scores]
		.sort((a, b) => b.confidence - a.confidence)
		.find((s) => s.confidence >= 0.25 && s.signature.kind !== 'police-stop-search');
	return {
		hint: separator
			? `the file seems to use ${separator} to separate columns: save it as comma-separated CSV`
			: null,
		closest: near
			? `the closest layout is ${near.signature.label}, which also needs ${near.missing.join(', ')}`
			: null
	};
}

/**
 * Names the layout of a CSV from its header (case, whitespace and BOM ignored) and file name.
 * @example detectFormat({ fileName: 'x.csv', header: ['period', 'area', 'measure', 'value'] }).kind // 'measures-long'
 */
export function detectFormat({
	fileName,
	header
}: {
	fileName: string;
	header: string[];
}): FormatDetection {
	const keys = header.map((cell) => headerKey({ cell }));
	const scores = FORMAT_SIGNATURES.map((s) => score(s, keys, fileName)).sort(
		(a, b) => b.confidence - a.confidence
	);
	const best = scores.find((s) => s.eligible && s.confidence >= 0.5);
	if (best?.signature.kind === 'police-stop-search') {
		return {
			kind: 'police-stop-search',
			confidence: round(best.confidence),
			reason:
				'This is a police.uk stop-and-search file, not a crime file; we take police.uk street-level crime files (…-street.csv) and outcomes files (…-outcomes.csv).'
		};
	}
	if (best) {
		const missing = best.missing.length ? `; missing ${best.missing.join(', ')}` : '';
		return {
			kind: best.signature.kind,
			confidence: round(best.confidence),
			reason: `Columns match the ${best.signature.label} layout${missing}.`
		};
	}
	const { hint, closest } = explainUnknown({ header, scores });
	const advice = [hint, closest]
		.filter(Boolean)
		.map((t) => ` ${t}.`)
		.join('');
	return {
		kind: 'unknown',
		confidence: 0,
		reason: `We could not recognise these columns.${advice} We take: ${describeAcceptedLayouts()}. Rename your columns to one of these layouts or map them to ours in the column-mapping step.`
	};
}
