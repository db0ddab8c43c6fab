/** The row-number (#) column's width: seven digits at 13 px in the narrow padding of `.sl-row-no` (styles.css). */
export const ROW_NO_WIDTH = 78;
