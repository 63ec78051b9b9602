/**
 * A coordinate or radius to the tenth of a pixel: finer than a screen or a printed figure shows, and
 * short in the server's markup, where a float's sixteen digits would not compress.
 */
export const r1 = (n: number) => Math.round(n * 10) / 10;
