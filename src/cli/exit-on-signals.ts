const SIGNALS = [
	['SIGINT', 130],
	['SIGTERM', 143],
	['SIGHUP', 129]
] as const;

/**
 * Makes Ctrl-C, SIGTERM and SIGHUP end the process through `process.exit`, which runs its exit
 * handlers (the removal of temp folders); Node's default ends it without them. Returns an undo.
 * @example const undo = exitOnSignals();
 */
export function exitOnSignals(): () => void {
	const handlers = SIGNALS.map(([signal, code]) => {
		const handler = () => process.exit(code);
		process.on(signal, handler);
		return () => process.off(signal, handler);
	});
	return () => handlers.forEach((off) => off());
}
