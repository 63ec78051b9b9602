import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './when-idle';

/** A page stand-in: its load state, its load listeners and its pending idle callbacks. */
function fakePage(readyState: DocumentReadyState) {
	const page = {
		document: { readyState },
		loadListeners: [] as (() => void)[],
		idle: new Map<number, { work: () => void; timeout?: number }>(),
		nextHandle: 1,
		load() {
			page.document.readyState = 'complete';
			for (const listener of page.loadListeners.splice(0)) listener();
		},
		runIdle() {
			for (const [handle, { work }] of [...page.idle]) {
				page.idle.delete(handle);
				work();
			}
		}
	};
	vi.stubGlobal('document', page.document);
	vi.stubGlobal('addEventListener', (type: string, listener: () => void) => {
		if (type === 'load') page.loadListeners.push(listener);
	});
	vi.stubGlobal('removeEventListener', (type: string, listener: () => void) => {
		if (type === 'load') page.loadListeners = page.loadListeners.filter((l) => l !== listener);
	});
	vi.stubGlobal('requestIdleCallback', (work: () => void, options?: { timeout?: number }) => {
		const handle = page.nextHandle++;
		page.idle.set(handle, { work, timeout: options?.timeout });
		return handle;
	});
	vi.stubGlobal('cancelIdleCallback', (handle: number) => page.idle.delete(handle));
	return page;
}

describe('whenIdle', () => {
	let work: ReturnType<typeof vi.fn<() => void>>;
	beforeEach(() => {
		work = vi.fn<() => void>();
	});
	afterEach(() => {
		vi.unstubAllGlobals();
	});

	it('waits for load, then for idle time, with the timeout it was given', () => {
		const page = fakePage('interactive');
		whenIdle(work, 1500);
		expect(page.idle.size).toBe(0);
		page.load();
		expect([...page.idle.values()].map((i) => i.timeout)).toEqual([1500]);
		expect(work).not.toHaveBeenCalled();
		page.runIdle();
		expect(work).toHaveBeenCalledOnce();
	});

	it('asks for idle time at once on a page that has already loaded', () => {
		const page = fakePage('complete');
		whenIdle(work, 1000);
		page.runIdle();
		expect(work).toHaveBeenCalledOnce();
	});

	it('does nothing once cancelled, before or after load', () => {
		const before = fakePage('loading');
		whenIdle(work, 1000)();
		before.load();
		before.runIdle();

		const after = fakePage('complete');
		whenIdle(work, 1000)();
		after.runIdle();
		expect(work).not.toHaveBeenCalled();
	});

	it('runs the work at load where the browser has no idle callbacks', () => {
		const page = fakePage('interactive');
		vi.stubGlobal('requestIdleCallback', undefined);
		whenIdle(work, 1000);
		expect(work).not.toHaveBeenCalled();
		page.load();
		expect(work).toHaveBeenCalledOnce();
	});
});
