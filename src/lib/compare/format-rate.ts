const RATE = new Intl.NumberFormat('en-GB', { maximumSignificantDigits: 3 });

/** A rate with three significant figures, so 0.0097 per 1,000 does not print as 0. @example formatRate(0.009746) // '0.00975' */
export function formatRate(value: number): string {
	return RATE.format(value === 0 ? 0 : value);
}
