/**
 * Whether a process with this id is running (EPERM: it is, under another user); lets files left
 * by killed processes be told from those of live ones.
 * @example isRunning(process.pid) // true
 */
export function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}
