import { downloadName } from '$lib/embed/download-name';
import { svgToPng } from '$lib/server/svg-to-png';
import { chartFigures, chartSvg } from '../../../../../chart-files.server';
import { fileResponse } from '../../../../../file-response.server';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url, request }) => {
	const figures = await chartFigures({ url, params });
	return fileResponse({
		request,
		body: svgToPng({ svg: chartSvg(figures), scale: 2 }),
		type: 'image/png',
		filename: downloadName({ ...figures, ext: 'png' }),
		download: false
	});
};
