import { describe, expect, it } from 'vitest';
import { createSync, isSyncMessage, stepFromUrl, type ChannelLike, type SyncState } from './sync';

/** An in-memory BroadcastChannel: delivers to every other channel of the same name, synchronously. */
function fakeChannels() {
	const all: FakeChannel[] = [];
	class FakeChannel implements ChannelLike {
		static instances = all;
		onmessage: ((event: MessageEvent) => void) | null = null;
		constructor(public name: string) {
			all.push(this);
		}
		postMessage(data: unknown) {
			for (const c of all) if (c !== this && c.name === this.name) c.onmessage?.({ data } as MessageEvent);
		}
		close() {
			all.splice(all.indexOf(this), 1);
		}
	}
	return FakeChannel;
}

function window(Channel: ReturnType<typeof fakeChannels>, role: string, start: SyncState | null) {
	const w = { state: start, received: [] as SyncState[] };
	const sync = createSync({
		channel: 'deck',
		role,
		Channel,
		current: () => w.state,
		onState: (s) => {
			w.state = s;
			w.received.push(s);
		}
	});
	return { w, sync };
}

/**
 * Holds back what the channel of window `w` receives: deliveries land in the returned list, and
 * `release` hands one to the window's own handler later, as a busy page would read it.
 */
function captureOnmessage(C: ReturnType<typeof fakeChannels>, w: ReturnType<typeof window>) {
	// The window's channel is the last one made when it was created; tests create `w` last.
	const channel = (C as unknown as { instances: ChannelLike[] }).instances.at(-1)!;
	void w;
	const handler = channel.onmessage!;
	const held = Object.assign([] as MessageEvent[], { release: (e: MessageEvent) => handler(e) });
	channel.onmessage = (e) => held.push(e);
	return held;
}

describe('createSync', () => {
	it('a move in one window reaches the other, not itself, with no echo', () => {
		const C = fakeChannels();
		const a = window(C, 'audience', { step: 0, screen: 0, blank: false });
		const p = window(C, 'presenter', { step: 0, screen: 0, blank: false });
		a.sync.send({ step: 3, screen: 1, blank: false });
		expect(p.w.state).toEqual({ step: 3, screen: 1, blank: false });
		expect(a.w.received).toEqual([]);
		p.sync.send({ step: 4, screen: 0, blank: true });
		expect(a.w.state).toEqual({ step: 4, screen: 0, blank: true });
		expect(p.w.received.length).toBe(1);
	});
	it('tells who was heard from, so a window knows the other one is there', () => {
		const C = fakeChannels();
		const heard: string[] = [];
		createSync({
			channel: 'deck',
			role: 'audience',
			Channel: C,
			current: () => null,
			onState() {},
			onHeard: (f) => heard.push(f.role)
		});
		const p = window(C, 'presenter', null);
		p.sync.ask();
		p.sync.send({ step: 1, screen: 0, blank: false });
		expect(heard).toEqual(['presenter', 'presenter']);
	});
	it('a reloaded window asks and adopts the answer', () => {
		const C = fakeChannels();
		window(C, 'audience', { step: 7, screen: 0, blank: false });
		const p = window(C, 'presenter', null);
		p.sync.ask();
		expect(p.w.state).toEqual({ step: 7, screen: 0, blank: false });
	});
	it('a reply that arrives after the asking window moved by itself is not taken', () => {
		const C = fakeChannels();
		const a = window(C, 'audience', { step: 7, screen: 0, blank: false });
		const p = window(C, 'presenter', { step: 7, screen: 0, blank: false });
		// Catch the audience's reply to the presenter's question instead of delivering it at once.
		const held: MessageEvent[] = [];
		const late = captureOnmessage(C, p);
		p.sync.ask();
		held.push(...late.splice(0));
		expect(held.map((e) => e.data.step)).toEqual([7]);
		// The teacher presses → before the reply is read: both windows go to 8.
		p.sync.send({ step: 8, screen: 0, blank: false });
		p.w.state = { step: 8, screen: 0, blank: false };
		expect(a.w.state?.step).toBe(8);
		// The late reply must not pull the presenter back to 7.
		for (const e of held) late.release(e);
		expect(p.w.state?.step).toBe(8);
	});

	it('a reply is taken while the asking window still waits', () => {
		const C = fakeChannels();
		window(C, 'audience', { step: 4, screen: 1, blank: false });
		const p = window(C, 'presenter', null);
		p.sync.ask();
		expect(p.w.state).toEqual({ step: 4, screen: 1, blank: false });
	});

	it('a window with nothing to say stays silent when asked', () => {
		const C = fakeChannels();
		const a = window(C, 'audience', null);
		const p = window(C, 'presenter', null);
		p.sync.ask();
		expect(p.w.received).toEqual([]);
		expect(a.w.received).toEqual([]);
	});
	it('close stops delivery; without BroadcastChannel it is a no-op', () => {
		const C = fakeChannels();
		const a = window(C, 'audience', null);
		const p = window(C, 'presenter', null);
		p.sync.close();
		a.sync.send({ step: 2, screen: 0, blank: false });
		expect(p.w.received).toEqual([]);
		const none = createSync({
			channel: 'x',
			role: 'r',
			current: () => null,
			onState: () => {},
			Channel: undefined
		});
		expect(() => none.send({ step: 1, screen: 0, blank: false })).not.toThrow();
	});
	it('ignores malformed messages', () => {
		expect(isSyncMessage(null)).toBe(false);
		expect(isSyncMessage({ type: 'state', from: 'x', step: '2', screen: 0, blank: false })).toBe(false);
		expect(isSyncMessage({ type: 'state', from: 'x', step: 2, screen: 0, blank: false })).toBe(true);
		expect(isSyncMessage({ type: 'ask', from: 'x' })).toBe(true);
		expect(isSyncMessage({ type: 'ask' })).toBe(false);
	});
});

describe('stepFromUrl', () => {
	it('reads #12, #step-12, ?step=12 and step ids', () => {
		expect(stepFromUrl('#12', '')).toBe(12);
		expect(stepFromUrl('#step-4', '')).toBe(4);
		expect(stepFromUrl('', '?step=9')).toBe(9);
		expect(stepFromUrl('#funeral', '', ['night', 'funeral'])).toBe(1);
		expect(stepFromUrl('#0', '?step=5')).toBe(0);
	});
	it('returns null when the address names no step', () => {
		expect(stepFromUrl('', '')).toBeNull();
		expect(stepFromUrl('#nowhere', '?step=x')).toBeNull();
		expect(stepFromUrl('#-1', '')).toBeNull();
	});
});
