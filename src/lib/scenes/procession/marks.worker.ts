/// <reference lib="webworker" />
// Paints the procession's marks on the canvas the scene hands over (marks-painter.ts), off the page's
// main thread: rasterising 4,000 dots and handing the bitmap over was 30–60 ms of each scroll frame
// there at CPU 4x on a machine without a GPU.
import { paintMarks, type MarkData, type MarksPicture } from './marks';

type Message = { canvas: OffscreenCanvas } | { data: MarkData } | { picture: MarksPicture };

let canvas: OffscreenCanvas | undefined;
let data: MarkData | undefined;
let next: MarksPicture | undefined;
let scratch: Float32Array = new Float32Array(0);
let scheduled = false;

// Pictures that arrive faster than frames are painted only once, the latest.
const schedule: (f: () => void) => void =
	typeof requestAnimationFrame === 'function' ? (f) => requestAnimationFrame(f) : (f) => setTimeout(f, 16);

function paint() {
	scheduled = false;
	if (!canvas || !data || !next) return;
	scratch = paintMarks(canvas, data, next, scratch);
	next = undefined;
}

self.onmessage = (event: MessageEvent<Message>) => {
	const m = event.data;
	if ('canvas' in m) canvas = m.canvas;
	else if ('data' in m) data = m.data;
	else next = m.picture;
	if (!scheduled) {
		scheduled = true;
		schedule(paint);
	}
};
