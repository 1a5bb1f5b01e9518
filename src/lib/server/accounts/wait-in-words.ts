/**
 * A wait in words, rounded up to whole minutes past a minute.
 * @example waitInWords(30) // '30 seconds'
 */
export function waitInWords(seconds: number): string {
	if (seconds <= 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
	const minutes = Math.ceil(seconds / 60);
	return `${minutes} minutes`;
}
