/** A request refused with a status and one sentence saying why and what to do. */
export class UploadRefused extends Error {
	readonly status: number;
	constructor(opts: { status: number; message: string }) {
		super(opts.message);
		this.name = 'UploadRefused';
		this.status = opts.status;
	}
}
