import { describe, expect, it } from 'vitest';
import { pageRules, cssString } from './page-rules';
import { printableUrl, publicLink } from './qr';

describe('publicLink', () => {
	it('prints neither address nor QR code without a publicUrl', async () => {
		expect(await publicLink(undefined)).toBeNull();
		expect(await publicLink('')).toBeNull();
		expect(await publicLink('   ')).toBeNull();
	});

	it('refuses addresses that are not web addresses', async () => {
		expect(printableUrl('javascript:alert(1)')).toBeNull();
		expect(printableUrl('not a url')).toBeNull();
		expect(await publicLink('mailto:a@b.c')).toBeNull();
	});

	it('builds the address and an inline SVG QR code from a publicUrl', async () => {
		const link = await publicLink(' https://example.org/black-january ');
		expect(link).not.toBeNull();
		expect(link!.url).toBe('https://example.org/black-january');
		expect(link!.svg.startsWith('<svg ')).toBe(true);
		expect(link!.svg).not.toContain('<?xml');
		expect(link!.svg).toContain('role="img"');
		expect(link!.svg).toContain('aria-label="QR code for https://example.org/black-january"');
		expect(link!.svg).toMatch(/viewBox="0 0 \d+ \d+"/);
		expect(link!.svg).toContain('<path');
	});

	it('encodes the address: different addresses, different codes', async () => {
		const a = await publicLink('https://example.org/a');
		const b = await publicLink('https://example.org/b');
		expect(a!.svg).not.toBe(b!.svg);
	});
});

describe('pageRules', () => {
	it('escapes the running title for CSS inside a <style> element', () => {
		expect(cssString('A "quoted" \\ title')).toBe('"A \\"quoted\\" \\\\ title"');
		expect(cssString('</style><script>')).not.toContain('<');
		const rules = pageRules('20 January in Baku: Memory');
		expect(rules).toContain('@top-left{content:"20 January in Baku: Memory"}');
		expect(rules).toContain('@page:first{@top-left{content:none}}');
	});
});
