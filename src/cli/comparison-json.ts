import type { Comparison, ComparisonRow } from '../lib/compare/comparison';
import type { MeasureComparison } from '../lib/compare/measure-comparison';
import { formatPeriodToken } from '../lib/periods/format-period-token';

function rowJson(r: ComparisonRow) {
	const { verdict, significant, pValue, smallNumberThreshold, test } = r.significance;
	const evaluation = r.target?.evaluation;
	return {
		category: r.key,
		label: r.label,
		kind: r.kind,
		/** A kind's category (LFB: Fire, Special Service, False Alarm); null for other rows. */
		parent: r.parent ?? null,
		members: r.members,
		...r.comparison,
		significance: {
			verdict,
			significant,
			pValue,
			smallNumberThreshold,
			rateRatio: test.rateRatio,
			interval: test.interval
		},
		smallNumbers: r.smallNumbers,
		comparable: r.comparable,
		note: r.note,
		breaks: r.breaks,
		rate: r.rate && { label: r.rate.label, ...r.rate.comparison },
		target: r.target && {
			...r.target.target,
			status: evaluation?.status ?? null,
			rag: evaluation?.rag ?? null,
			goal: evaluation?.goal ?? null,
			margin: evaluation?.margin ?? null,
			words: evaluation?.words ?? null,
			reason: r.target.reason
		},
		narrative: r.narrative
	};
}

/** The comparison as plain JSON for scripts: figures, labels, what was compared and every note. */
export function comparisonJson(c: Comparison) {
	return {
		source: c.source,
		area: c.area,
		period: formatPeriodToken(c.period),
		periodLabel: c.periodLabel,
		base: formatPeriodToken(c.base),
		baseLabel: c.baseLabel,
		complete: c.complete,
		inProgress: c.inProgress,
		comparedLabel: c.comparedLabel,
		compared: c.compared,
		missing: c.missing,
		comparable: c.rows.every((r) => r.comparable),
		breaks: c.breaks,
		rate: c.rate,
		smallNumberThreshold: c.smallNumberThreshold,
		rows: c.rows.map(rowJson)
	};
}

/** Partner measures as plain JSON for scripts: each measure's figures, target, RAG and sentence. */
export function measureComparisonJson(c: MeasureComparison) {
	return {
		source: c.source,
		area: c.area,
		period: formatPeriodToken(c.period),
		periodLabel: c.periodLabel,
		base: formatPeriodToken(c.base),
		baseLabel: c.baseLabel,
		rows: c.rows.map(({ evaluation, ...r }) => ({
			measure: r.key,
			...r,
			status: r.status,
			rag: evaluation?.rag ?? null,
			targetStatus: evaluation?.status ?? null,
			targetWords: evaluation?.words ?? null
		}))
	};
}
