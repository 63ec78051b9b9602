import { whenIdle } from '$lib/when-idle';

/**
 * How long a stage waits for idle time before it is starved: stages are short, and a scene still half
 * built when a class presses on to it would do the rest of its mount in the frame that shows it.
 */
const STAGE_WAIT = 300;

/**
 * A scene drawn ahead of the reader builds itself in stages, one per idle period, so that no single task
 * holds its whole mount (and the layout that follows it); shown, it is whole at once. `ready` is the
 * number of stages built, `whole` once the scene is shown or never was ahead (server, print).
 * `prepare` runs first, each piece in an idle period of its own: the geometry the stages draw,
 * computed before any of them (in the same task as the first, it made that task as long as the mount
 * it split).
 */
export function stagesAhead(whole: number, ahead: () => boolean, prepare: (() => void)[] = []) {
	let prepared = $state(0);
	let built = $state(0);
	const ready = $derived(ahead() ? built : whole);
	$effect(() => {
		if (ready >= whole) return;
		// Read here so that each finished piece of preparation schedules the next idle period.
		const done = prepared;
		return whenIdle((deadline) => {
			// Starved of idle time (a class pressing on, a reader scrolling without pause), the scene
			// finishes at once: one long task now rather than the rest of its mount in the frame that
			// shows it.
			if (deadline?.didTimeout) {
				for (const piece of prepare.slice(done)) piece();
				prepared = prepare.length;
				built = whole;
			} else if (done < prepare.length) {
				prepare[done]();
				prepared = done + 1;
			} else built += 1;
		}, STAGE_WAIT);
	});
	return {
		get ready() {
			return ready;
		}
	};
}
