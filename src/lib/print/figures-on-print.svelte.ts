/**
 * The story page's figures for paper, drawn only when the reader prints. Readers without JavaScript
 * get them in <noscript>; everyone else would pay for 17 static SVGs in the page's DOM, its hydration
 * and its first-load code on every visit, for a print most never make. So the figure code is fetched
 * once the page is idle, and the figures are drawn synchronously in `beforeprint` (or when print media
 * is emulated), before the browser lays out the pages.
 */
import { flushSync, type Component } from 'svelte';
import { on } from 'svelte/events';
import { whenIdle } from '$lib/when-idle';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any props a component takes
export class FiguresOnPrint<Props extends Record<string, any>> {
	/** The figure component, once fetched. */
	component = $state<Component<Props>>();
	/** True from the first print on: the figures stay in the page, hidden on screen by app.css. */
	printing = $state(false);

	constructor(load: () => Promise<{ default: Component<Props> }>) {
		$effect(() => {
			const fetchFigures = () =>
				load().then(
					(m) => (this.component = m.default),
					(e) => console.error('The print figures could not be loaded:', e)
				);
			const cancelIdle = whenIdle(fetchFigures, 4000);
			const print = async () => {
				this.printing = true;
				if (!this.component) await fetchFigures();
				// Draw now: the browser paginates right after beforeprint returns.
				flushSync();
			};
			const media = window.matchMedia('print');
			const offMedia = on(media, 'change', (e) => {
				if ((e as MediaQueryListEvent).matches) print();
			});
			const offBefore = on(window, 'beforeprint', print);
			// Ctrl+P (⌘P) before the figure code has arrived: hold the print dialog until the figures are
			// drawn, since beforeprint cannot wait for a fetch. (Printing from the menu that early still
			// prints the text alone.)
			const offKey = on(window, 'keydown', (e) => {
				const ke = e as KeyboardEvent;
				if (this.component || !(ke.ctrlKey || ke.metaKey) || ke.key.toLowerCase() !== 'p') return;
				ke.preventDefault();
				print().then(() => window.print());
			});
			// Printing may have begun before this page finished starting up.
			if (media.matches) print();
			return () => {
				cancelIdle();
				offMedia();
				offBefore();
				offKey();
			};
		});
	}
}
