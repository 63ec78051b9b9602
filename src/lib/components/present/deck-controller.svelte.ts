/**
 * The presentation state shared by the audience view and the presenter view: the deck position, the
 * typed step number, blanking, and the BroadcastChannel that keeps the two windows together.
 */
import { clampPosition, goTo, initialDeck, reduce, type DeckState } from '$lib/scrolly/deck';
import type { KeyAction } from '$lib/scrolly/keys';
import { createSync, type DeckSync, type SyncState } from '$lib/scrolly/sync';

/** One channel per site; every window of the presentation in this browser joins it. */
export const CHANNEL = 'black-january-classroom';

/**
 * Characters per screen before a step is split (about 11 lines of 42 px type in the card at 1920×1080).
 * With the current text this splits the three longest steps (over 420 characters) in two.
 */
export const SCREEN_BUDGET = 400;

export class DeckController {
	state: DeckState = $state(initialDeck([]));
	readonly screens: readonly number[];
	/** How many messages came from each role of other window (a presenter window that loaded says so). */
	heard: Record<string, number> = $state({});
	#sync: DeckSync | null = null;

	constructor(screens: readonly number[]) {
		this.screens = screens;
		this.state = initialDeck(screens);
	}

	/**
	 * Joins the channel. `announce`: this window's own address is authoritative (an audience view opened
	 * with a step in its URL), so it tells the others; otherwise it asks them where the class is.
	 */
	connect(role: 'audience' | 'presenter', announce: boolean): () => void {
		const sync = createSync({
			channel: CHANNEL,
			role,
			current: () => this.#snapshot(),
			onState: (s) => this.#adopt(s),
			onHeard: ({ role }) => (this.heard[role] = (this.heard[role] ?? 0) + 1)
		});
		this.#sync = sync;
		if (announce) sync.send(this.#snapshot());
		else sync.ask();
		return () => {
			sync.close();
			if (this.#sync === sync) this.#sync = null;
		};
	}

	/** Applies a key action; true when it changed anything (the caller then prevents the default). */
	apply(action: KeyAction): boolean {
		const before = this.state;
		const after = reduce(this.screens, before, action);
		if (after === before) return false;
		this.state = after;
		if (after.step !== before.step || after.screen !== before.screen || after.blank !== before.blank)
			this.#sync?.send(this.#snapshot());
		return true;
	}

	goTo(step: number, broadcast = true): void {
		this.state = { ...this.state, ...goTo(this.screens, step), entry: '' };
		if (broadcast) this.#sync?.send(this.#snapshot());
	}

	#snapshot(): SyncState {
		return { step: this.state.step, screen: this.state.screen, blank: this.state.blank };
	}

	#adopt(s: SyncState): void {
		const pos = clampPosition(this.screens, s);
		const cur = this.state;
		if (cur.step === pos.step && cur.screen === pos.screen && cur.blank === s.blank) return;
		this.state = { ...cur, ...pos, blank: s.blank };
	}
}
