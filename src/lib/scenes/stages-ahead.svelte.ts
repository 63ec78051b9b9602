import { whenIdle } from '$lib/when-idle';

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
		if (prepared < prepare.length)
			return whenIdle(() => {
				prepare[prepared]();
				prepared += 1;
			}, 1000);
		return whenIdle(() => (built += 1), 1000);
	});
	return {
		get ready() {
			return ready;
		}
	};
}
