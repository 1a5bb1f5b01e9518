/** A reporting period and the months it spans. */
export interface ParsedPeriod {
	kind: 'month' | 'quarter' | 'year' | 'financial-year' | 'financial-quarter';
	/** First month, `YYYY-MM-01`. */
	start: string;
	/** Last month, `YYYY-MM-01`. */
	end: string;
	/** True for `2000-01` … `2011-12`, which read both as a month and as a financial year. */
	ambiguous: boolean;
}

const monthStart = (year: number, month: number): string => {
	const y = year + Math.floor((month - 1) / 12);
	const m = ((month - 1) % 12) + 1;
	return `${y}-${String(m).padStart(2, '0')}-01`;
};

const span = (
	kind: ParsedPeriod['kind'],
	year: number,
	first: number,
	months: number,
	ambiguous = false
) => ({
	kind,
	start: monthStart(year, first),
	end: monthStart(year, first + months - 1),
	ambiguous
});

/** True when `second` (2 or 4 digits) names the year after `year`, as in 2017/18 or 2017/2018. */
const isNextYear = (year: number, second: string): boolean =>
	second.length === 4 ? Number(second) === year + 1 : Number(second) === (year + 1) % 100;

/**
 * Parses a period label. `YYYY-NN` is a financial year when NN is the next year's last two digits
 * (`2017-18`), a month when NN is 01–12 (`2017-06`), and `prefer` decides when both hold
 * (`2011-12`, default financial year). `YYYY-NN` that is neither (`2017-19`) is rejected. An
 * `FY` prefix (`FY2019-20`) marks a financial year or one of its quarters.
 * @example parseReportPeriod({ text: '2017/18' }) // { kind: 'financial-year', start: '2017-04-01', end: '2018-03-01', ambiguous: false }
 */
export function parseReportPeriod({
	text,
	prefer = 'financial-year'
}: {
	text: string;
	prefer?: 'month' | 'financial-year';
}): ParsedPeriod | null {
	const t = text.trim();
	let m: RegExpMatchArray | null;
	// FY2019-20, FY 2019/20, FY2019-20 Q1: the prefix settles it, so FY2011-12 is not ambiguous.
	if ((m = /^FY\s?(\d{4}[-/]\d{2,4}([- ]?Q[1-4])?)$/i.exec(t))) {
		const fy = parseReportPeriod({ text: m[1] ?? '', prefer: 'financial-year' });
		const ok = fy?.kind === 'financial-year' || fy?.kind === 'financial-quarter';
		return ok ? { ...fy, ambiguous: false } : null;
	}
	if ((m = /^(\d{4})$/.exec(t))) return span('year', Number(m[1]), 1, 12);
	if ((m = /^(\d{4})(0[1-9]|1[0-2])$/.exec(t))) return span('month', Number(m[1]), Number(m[2]), 1);
	if ((m = /^(\d{4})[- ]?Q([1-4])$/i.exec(t))) {
		return span('quarter', Number(m[1]), (Number(m[2]) - 1) * 3 + 1, 3);
	}
	if ((m = /^(\d{4})[/-](\d{2})[- ]?Q([1-4])$/i.exec(t)) && isNextYear(Number(m[1]), m[2] ?? '')) {
		return span('financial-quarter', Number(m[1]), (Number(m[3]) - 1) * 3 + 4, 3);
	}
	if ((m = /^(\d{4})\/(\d{2}|\d{4})$/.exec(t)) || (m = /^(\d{4})-(\d{4})$/.exec(t))) {
		return isNextYear(Number(m[1]), m[2] ?? '')
			? span('financial-year', Number(m[1]), 4, 12)
			: null;
	}
	if ((m = /^(\d{4})-(\d{1,2})$/.exec(t))) {
		const year = Number(m[1]);
		const second = Number(m[2]);
		const fy = (m[2] ?? '').length === 2 && isNextYear(year, m[2] ?? '');
		const month = second >= 1 && second <= 12;
		if (fy && month) {
			return prefer === 'month'
				? span('month', year, second, 1, true)
				: span('financial-year', year, 4, 12, true);
		}
		if (fy) return span('financial-year', year, 4, 12);
		if (month) return span('month', year, second, 1);
	}
	return null;
}
