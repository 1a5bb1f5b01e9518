/** A calendar date and the way it was written. */
export interface ParsedDay {
	/** `YYYY-MM-DD`. */
	date: string;
	format: 'iso' | 'dd mmm yyyy' | 'dd/mm/yyyy';
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const TIME = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?`;
const ISO = new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})${TIME}Z?$`);
const TEXT = new RegExp(String.raw`^(\d{1,2})[ -]([A-Za-z]{3})[a-z]*[ -](\d{4})${TIME}$`);
const SLASH = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4})${TIME}$`);

function build(y: number, m: number, d: number, format: ParsedDay['format']): ParsedDay | null {
	const check = new Date(Date.UTC(y, m - 1, d));
	if (m < 1 || m > 12 || check.getUTCDate() !== d || check.getUTCMonth() !== m - 1) return null;
	const pad = (n: number) => String(n).padStart(2, '0');
	return { date: `${y}-${pad(m)}-${pad(d)}`, format };
}

/**
 * Parses a day as LFB exports write it: `2023-01-05`, `01 Jan 2009`, `01/01/2009 00:02` (day first).
 * @example parseDayDate({ text: '01/02/2009 00:02' }) // { date: '2009-02-01', format: 'dd/mm/yyyy' }
 */
export function parseDayDate({ text }: { text: string }): ParsedDay | null {
	const t = text.trim();
	let m: RegExpExecArray | null;
	if ((m = ISO.exec(t))) return build(Number(m[1]), Number(m[2]), Number(m[3]), 'iso');
	if ((m = SLASH.exec(t))) return build(Number(m[3]), Number(m[2]), Number(m[1]), 'dd/mm/yyyy');
	if ((m = TEXT.exec(t))) {
		const month = MONTHS.indexOf((m[2] ?? '').toLowerCase()) + 1;
		return month === 0 ? null : build(Number(m[3]), month, Number(m[1]), 'dd mmm yyyy');
	}
	return null;
}
