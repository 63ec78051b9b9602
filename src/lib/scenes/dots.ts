/**
 * Round dots as one SVG path: each dot a zero-length segment ("h0") that the stroke's round caps draw.
 *
 * Thousands of dots go into the server's markup (the story's first screen, every printed figure), so the
 * path is written small: positions rounded to half pixels, sorted left to right, each written as a move
 * relative to the one before. The digits of absolute coordinates in tenths of a pixel do not compress;
 * small steps do. (Whole pixels compressed further, but lined up neighbouring dots into visible dashes
 * in a printed figure; half a pixel is below what a dot 2–3 px across shows.)
 *
 * `xy` holds the dots' positions as x, y pairs; `n` is how many of them to draw.
 */
export function dotsPath(xy: ArrayLike<number>, n = xy.length / 2): string {
	// Positions in half pixels, as integers, so that the steps between dots add up exactly.
	const order = new Int32Array(n);
	const rx = new Int32Array(n);
	const ry = new Int32Array(n);
	for (let i = 0; i < n; i++) {
		order[i] = i;
		rx[i] = Math.round(xy[2 * i] * 2);
		ry[i] = Math.round(xy[2 * i + 1] * 2);
	}
	order.sort((a, b) => rx[a] - rx[b] || ry[a] - ry[b]);
	let d = '';
	let x = 0;
	let y = 0;
	for (let k = 0; k < n; k++) {
		const i = order[k];
		const dx = rx[i] - x;
		const dy = ry[i] - y;
		// The first move is absolute; a minus sign separates numbers by itself.
		d += `${k ? 'm' : 'M'}${dx / 2}${dy < 0 ? '' : ' '}${dy / 2}h0`;
		x = rx[i];
		y = ry[i];
	}
	return d;
}

/** The dots a path from `dotsPath` draws, as absolute [x, y] positions (for tests and checks). */
export function dotsOf(d: string): [number, number][] {
	const dots: [number, number][] = [];
	let x = 0;
	let y = 0;
	for (const m of d.matchAll(/([Mm])(-?[\d.]+)\s?(-?[\d.]+)h0/g)) {
		const relative = m[1] === 'm';
		x = (relative ? x : 0) + Number(m[2]);
		y = (relative ? y : 0) + Number(m[3]);
		dots.push([x, y]);
	}
	return dots;
}
