/**
 * Any character beyond the Basic Multilingual Plane, as a regular expression for PostgreSQL (pass
 * it as a parameter: the characters themselves, no escapes). Each such character is one
 * character to PostgreSQL but two UTF-16 units to JavaScript, whose units passages count in; SQL
 * that cuts or measures text adds one for each.
 */
export const ASTRAL_PATTERN = "[\u{10000}-\u{10FFFF}]";
