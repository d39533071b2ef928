/**
 * The request header by which the app's own server asks a page to read the primary only, even
 * for an anonymous reader: a comparison it will serve again must show the rows of one moment,
 * which replicas, each at its own point, cannot promise (scripts/lib/held-comparisons.ts). The
 * server removes it from every request a client sends.
 */
export const PRIMARY_READS_HEADER = "x-crosscheck-primary-reads";
