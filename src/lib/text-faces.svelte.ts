/**
 * Whether the page's text is set in its final faces: the web fonts once the page has switched to them
 * (`WebFontsAfterLoad`), or from the start where there is nothing to switch (the offline export). Work
 * that lays out much text, such as drawing the scenes ahead of the reader, waits for it: done before
 * the switch, all that text is laid out twice, and the switch itself gets longer (at load, 22 ms before
 * the story's four scenes were drawn, 48 ms after, at normal CPU speed).
 */
export const textFaces = $state({ final: false });
