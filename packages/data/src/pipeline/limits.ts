/**
 * The largest input file read: 10 MB. The data files are a few hundred KB; a scraped article, less. A module
 * of its own, without imports, so that the CLI's usage text can state it without loading the readers.
 */
export const MAX_INPUT_BYTES = 10_000_000;
