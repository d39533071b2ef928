/**
 * The version of the reading rules: the rules table and the readers that apply it. Every value
 * the readers produce carries it as `rulesVersion`, so a stored value says which rules made it.
 *
 * Bump it (add 1) in the same commit as any change that can make some wording read differently:
 * a rule's numbers, phrases or description of meaning, a new or removed rule, or a change in the
 * readers (what counts as a figure, which date a relative phrase counts from). Values stored
 * without `rulesVersion` were read by version 1. `rederiveValue` re-reads stored claims with the
 * current rules and tells which values would change.
 */
export const RULES_VERSION = 3;
