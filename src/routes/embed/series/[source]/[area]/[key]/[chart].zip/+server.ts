import { downloadName } from '$lib/embed/download-name';

import { chartFigures, paperPack } from '../../../../../chart-files.server';
import { fileResponse } from '../../../../../file-response.server';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url, request }) => {
	const figures = await chartFigures({ url, params });
	return fileResponse({
		request,
		body: paperPack(figures),
		type: 'application/zip',
		filename: downloadName({ ...figures, ext: 'paper-pack.zip' }),
		download: true
	});
};
