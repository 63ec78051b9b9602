import { describe, expect, it } from 'vitest';
import { formatCount } from './shared-data';

describe('formatCount', () => {
	it('groups thousands as en-GB does, rounding to whole people', () => {
		for (const n of [0, 7, 147, 1000, 26000, 138500, 1000000, 2345678.6])
			expect(formatCount(n)).toBe(Math.round(n).toLocaleString('en-GB'));
	});
});
