/** The API version in the document's `info`. @example document.info.version === API_VERSION */
export const API_VERSION = "0.1.0";
