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
 * be loaded. A canvas can be handed to a worker only once, and stays blank if the worker's script then
 * fails to load: `onWorkerError` tells the scene to make a new canvas and paint it on the page's thread.
 */
export function marksPainter(
	canvas: HTMLCanvasElement,
	{ worker: useWorker, onWorkerError }: { worker: boolean; onWorkerError: () => void }
): MarksPainter {
	if (
		useWorker &&
		!__STORY_OFFLINE__ &&
		typeof Worker === 'function' &&
		'transferControlToOffscreen' in canvas
	) {
		let worker: Worker | undefined;
		try {
			worker = new Worker(new URL('./marks.worker.ts', import.meta.url), { type: 'module' });
		} catch {
			// A policy or browser that refuses workers outright: paint here instead.
		}
		if (worker) {
			const w = worker;
			w.addEventListener('error', onWorkerError);
			const offscreen = canvas.transferControlToOffscreen();
			w.postMessage({ canvas: offscreen }, [offscreen]);
			return {
				offThread: true,
				setData: ({ route: { xs, ys, nx, ny }, marks }) =>
					w.postMessage({ data: { route: { xs, ys, nx, ny }, marks } }),
				paint: (picture) => w.postMessage({ picture }),
				destroy: () => w.terminate()
			};
		}
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
