/** A string as a CSS string literal: quotes, backslashes and line breaks escaped; `<` too, since it sits in a <style>. */
export function cssString(text: string): string {
	const escaped = text
		.replace(/[\\"]/g, (c) => `\\${c}`)
		.replace(/[\n\r\f<>]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `);
	return `"${escaped}"`;
}

/**
 * The page rules that depend on content: the running title at the head of every page but the first.
 * Returned as a <style> element for <svelte:head>, so it leaves with the page. The rest of the paged
 * layout is static, in paper.css.
 */
export function pageRules(title: string): string {
	return `<style data-print-page>html{background:#fff;color-scheme:light}@page{@top-left{content:${cssString(title)}}}@page:first{@top-left{content:none}}</style>`;
}
