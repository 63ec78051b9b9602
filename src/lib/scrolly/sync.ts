/**
 * Keeps the windows of one presentation (audience view, presenter view) on the same step through a
 * BroadcastChannel. Every window both sends and obeys, so advancing from either moves both.
 *
 * Protocol (all messages carry the sender's id; a window ignores its own):
 * - `state`: "I am now at step/screen, blanked or not". Sent after every local move and as the answer
 *   to `ask`. Receivers adopt it without sending anything back, so there are no echo loops.
 * - `ask`: "where are we?". Sent by a window that has just loaded and has no authority of its own
 *   (a presenter window, or an audience view opened without a step in its address). Every other
 *   window answers with `state`, marked as a reply. A window loaded with a step in its address
 *   announces it instead.
 * A reply is taken only while the asking window is still waiting: once it has moved on by itself (a
 * teacher pressing a key the moment the window loads), a reply that arrives late would pull both
 * windows back to where the class was before that key.
 */
import type { DeckPosition } from './deck';

export interface SyncState extends DeckPosition {
	blank: boolean;
}

export type SyncMessage =
	| ({ type: 'state'; from: string; role: string; reply?: boolean } & SyncState)
	| { type: 'ask'; from: string; role: string };

export interface DeckSync {
	/** Announce a local change. */
	send(state: SyncState): void;
	/** Ask the other windows where they are; replies arrive through `onState`. */
	ask(): void;
	close(): void;
	readonly id: string;
}

export interface SyncOptions {
	channel: string;
	/** 'audience' or 'presenter': only for debugging and tests. */
	role: string;
	/** Another window moved (or answered `ask`). */
	onState(state: SyncState, from: { id: string; role: string }): void;
	/** Another window asks where we are; return the state to answer with (null to stay silent). */
	current(): SyncState | null;
	/** Any message from another window: proof that the windows can talk (not every browser lets file:// pages). */
	onHeard?(from: { id: string; role: string }): void;
	/** For tests: a BroadcastChannel-like constructor. */
	Channel?: new (name: string) => ChannelLike;
}

export interface ChannelLike {
	postMessage(message: unknown): void;
	close(): void;
	onmessage: ((event: MessageEvent) => void) | null;
}

export function isSyncMessage(m: unknown): m is SyncMessage {
	if (!m || typeof m !== 'object') return false;
	const o = m as Record<string, unknown>;
	if (typeof o.from !== 'string') return false;
	if (o.type === 'ask') return true;
	return (
		o.type === 'state' &&
		Number.isInteger(o.step) &&
		Number.isInteger(o.screen) &&
		typeof o.blank === 'boolean' &&
		(o.reply === undefined || typeof o.reply === 'boolean')
	);
}

/** Returns a no-op sync where BroadcastChannel is missing (old browsers, server rendering). */
export function createSync(options: SyncOptions): DeckSync {
	const id = Math.random().toString(36).slice(2, 10);
	const Ctor = options.Channel ?? (typeof BroadcastChannel === 'undefined' ? null : BroadcastChannel);
	if (!Ctor) return { id, send() {}, ask() {}, close() {} };
	const channel = new Ctor(options.channel) as ChannelLike;
	let waiting = false;
	channel.onmessage = (event: MessageEvent) => {
		const m = event.data;
		if (!isSyncMessage(m) || m.from === id) return;
		options.onHeard?.({ id: m.from, role: m.role });
		if (m.type === 'ask') {
			const state = options.current();
			if (state)
				channel.postMessage({ type: 'state', from: id, role: options.role, reply: true, ...pick(state) });
		} else if (!m.reply || waiting) {
			waiting = false;
			options.onState(pick(m), { id: m.from, role: m.role });
		}
	};
	return {
		id,
		send(state) {
			waiting = false;
			channel.postMessage({ type: 'state', from: id, role: options.role, ...pick(state) });
		},
		ask() {
			waiting = true;
			channel.postMessage({ type: 'ask', from: id, role: options.role });
		},
		close() {
			channel.onmessage = null;
			channel.close();
		}
	};
}

function pick(s: SyncState): SyncState {
	return { step: s.step, screen: s.screen, blank: s.blank };
}

/**
 * Reads a step from an address: `#12` (0-based, like the scroll story's `#step-12`), `#step-12`,
 * `?step=12`, or a step's id (`#funeral`) when `ids` are given. Null when the address names none.
 */
export function stepFromUrl(hash: string, search: string, ids: readonly string[] = []): number | null {
	const h = decodeURIComponent(hash.replace(/^#/, ''));
	let m = /^(?:step-)?(\d+)$/.exec(h);
	if (m) return Number(m[1]);
	if (h && ids.includes(h)) return ids.indexOf(h);
	const q = new URLSearchParams(search).get('step');
	m = q ? /^(\d+)$/.exec(q) : null;
	return m ? Number(m[1]) : null;
}
