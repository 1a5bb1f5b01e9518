// Safer City Dashboard embed resizer: sets each embedded iframe's height from the height its page
// posts. A message counts only from this script's own origin, and is matched to its iframe by the
// window that sent it (not by id, so the same chart can appear twice on a page).
(function () {
	var script = document.currentScript;
	if (!script || window.__saferCityEmbed) return;
	window.__saferCityEmbed = true;
	var origin = new URL(script.src, location.href).origin;
	window.addEventListener('message', function (event) {
		if (event.origin !== origin) return;
		var data = event.data;
		if (!data || data.type !== 'safer-city:height' || typeof data.height !== 'number') return;
		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++) {
			if (frames[i].contentWindow === event.source) {
				frames[i].style.height = Math.ceil(data.height) + 'px';
				return;
			}
		}
	});
	// Frames that posted before this script ran: ask them again.
	var frames = document.getElementsByTagName('iframe');
	for (var i = 0; i < frames.length; i++) {
		if (frames[i].contentWindow) frames[i].contentWindow.postMessage({ type: 'safer-city:ask-height' }, origin);
	}
})();
