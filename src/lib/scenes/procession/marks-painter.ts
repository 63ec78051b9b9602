import { paintMarks, type MarkData, type MarksPicture } from './marks';

/** Paints the marks on one canvas: in a worker where the browser can, else on the page's own thread. */
export interface MarksPainter {
	/** Where the painter works; the scene sizes its canvas by it. */
	readonly offThread: boolean;
	setData(data: MarkData): void;
	paint(picture: MarksPicture): void;
	destroy(): void;
}

/**
 * A worker paints through an OffscreenCanvas, so the scroll frame on the main thread only sends the
 * progress. Not in the classroom export: it is one file opened from disk, where a worker script cannot
 * be loaded. The canvas can be handed over only once; a painter is made once per canvas element.
 */
export function marksPainter(canvas: HTMLCanvasElement): MarksPainter {
	if (!__STORY_OFFLINE__ && typeof Worker === 'function' && 'transferControlToOffscreen' in canvas) {
		const worker = new Worker(new URL('./marks.worker.ts', import.meta.url), { type: 'module' });
		const offscreen = canvas.transferControlToOffscreen();
		worker.postMessage({ canvas: offscreen }, [offscreen]);
		return {
			offThread: true,
			setData: ({ route: { xs, ys, nx, ny }, marks }) =>
				worker.postMessage({ data: { route: { xs, ys, nx, ny }, marks } }),
			paint: (picture) => worker.postMessage({ picture }),
			destroy: () => worker.terminate()
		};
	}
	let data: MarkData | undefined;
	let scratch: Float32Array = new Float32Array(0);
	return {
		offThread: false,
		setData: (d) => (data = d),
		paint: (picture) => {
			if (data) scratch = paintMarks(canvas, data, picture, scratch);
		},
		destroy: () => {}
	};
}
