import { onMount, untrack } from 'svelte';
import { afterNavigate, replaceState } from '$app/navigation';
import { page } from '$app/state';
import { stepFromUrl } from '$lib/scrolly/sync';
import { pageHash, pageSearch, withFragment } from '$lib/address';
import type { DeckController } from './deck-controller.svelte';

/**
 * Binds a classroom window to its address, for the audience view and the presenter view alike: the step
 * in the URL on load and on hash changes, joining the channel, and the step written back into the address
 * once the router runs. Call while the component initialises; `ready` turns true once mounted.
 */
export function bindDeckToAddress(deck: DeckController, ids: () => string[], role: 'audience' | 'presenter') {
	const status = $state({ ready: false });

	onMount(() => {
		const fromUrl = stepFromUrl(pageHash(), pageSearch(), ids());
		if (fromUrl !== null) deck.goTo(fromUrl, false);
		// An audience view opened with a step is authoritative: it tells the others. Any other window asks
		// where the class is; an answer replaces the address's step.
		const disconnect = deck.connect(role, role === 'audience' && fromUrl !== null);
		status.ready = true;

		const onHash = () => {
			const s = stepFromUrl(pageHash(), '', ids());
			if (s !== null && s !== deck.state.step) deck.goTo(s);
		};
		window.addEventListener('hashchange', onHash);
		return () => {
			disconnect();
			window.removeEventListener('hashchange', onHash);
		};
	});

	// The address follows the step, so a reload keeps the place and the link can be shared.
	// The router must be running before replaceState may be called: wait for the first navigation.
	let routed = $state(false);
	afterNavigate(() => (routed = true));
	$effect(() => {
		if (!status.ready || !routed) return;
		const fragment = String(deck.state.step);
		// Only the step drives this: reading page.state here would undo a hash typed in the address bar.
		untrack(() => {
			if (pageHash() !== `#${fragment}`) replaceState(withFragment(fragment), page.state);
		});
	});

	return status;
}
