const DATE = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'Europe/London'
});

/**
 * The line under an embedded chart naming where its figures come from and when they were published.
 * @example sourceLine({ area: 'City of London Police', sourceName: 'police.uk', published_ms: Date.UTC(2021, 2, 3), version: 4 }) // 'Source: City of London Police via police.uk; published 3 March 2021 (dataset version 4)'
 */
export function sourceLine(opts: {
	area: string;
	sourceName: string;
	published_ms: number | null;
	version: number | null;
}): string {
	const when = opts.published_ms === null ? '' : `; published ${DATE.format(opts.published_ms)}`;
	const which = opts.version === null ? '' : ` (dataset version ${opts.version})`;
	return `Source: ${opts.area} via ${opts.sourceName}${when}${which}`;
}
