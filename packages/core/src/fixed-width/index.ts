/**
 * @module fixed-width
 * Fixed-width text records as banking formats write them (NACHA, Metro 2): printable upper-case
 * ASCII, alphanumeric fields left-justified and blank-filled, numeric fields right-justified and
 * zero-filled.
 */
export { alphanumeric, checkLength, numeric, toRecordText } from "./fields.js";
