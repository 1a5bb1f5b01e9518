import { downloadName } from '$lib/embed/download-name';

import { chartFigures, chartSvg } from '../../../../../chart-files.server';
import { fileResponse } from '../../../../../file-response.server';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url, request }) => {
	const figures = await chartFigures({ url, params });
	return fileResponse({
		request,
		body: chartSvg(figures),
		type: 'image/svg+xml',
		filename: downloadName({ ...figures, ext: 'svg' }),
		download: false
	});
};
