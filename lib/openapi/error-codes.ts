/** One error code of the API: the status it comes with and when. */
export interface ErrorCode {
  code: string;
  status: number;
  meaning: string;
}

// The codes the route handlers and the request guard answer with (app/api/v1/_lib, lib/http,
// lib/claims/claim-failure.ts). The API page lists them; clients switch on `code`, never on the
// message.
export const ERROR_CODES: readonly ErrorCode[] = [
  { code: "malformed_json", status: 400, meaning: "The body is not valid JSON." },
  { code: "malformed_utf8", status: 400, meaning: "The body is not valid UTF-8." },
  { code: "empty_body", status: 400, meaning: "A write was sent without a body." },
  { code: "bad_if_match", status: 400, meaning: "If-Match does not name one version." },
  { code: "bad_address", status: 400, meaning: "The address has a broken %-escape." },
  {
    code: "unauthorized",
    status: 401,
    meaning:
      "No or a bad token where one is needed (unknown, revoked, or not `Bearer <token>`); comes with WWW-Authenticate.",
  },
  { code: "forbidden", status: 403, meaning: "The token's role may not do this." },
  { code: "cross_origin", status: 403, meaning: "A write whose Origin is another site." },
  { code: "not_found", status: 404, meaning: "No record has this id, or no endpoint this path." },
  {
    code: "source_not_found",
    status: 404,
    meaning: "A claim names a source that does not exist.",
  },
  {
    code: "question_not_found",
    status: 404,
    meaning: "A claim names a question that does not exist.",
  },
  {
    code: "method_not_allowed",
    status: 405,
    meaning: "The endpoint does not serve this method; Allow lists those it does.",
  },
  {
    code: "version_conflict",
    status: 409,
    meaning:
      "The record changed since the version the write names; the body holds both versions and nothing was saved.",
  },
  {
    code: "duplicate_text",
    status: 409,
    meaning: "A source with this exact text exists; `existing` names it.",
  },
  {
    code: "question_exists",
    status: 409,
    meaning: "Another question of the subject has this measure and scope.",
  },
  {
    code: "question_has_claims",
    status: 409,
    meaning: "A question with claims cannot go to the trash.",
  },
  { code: "not_in_trash", status: 409, meaning: "Only a trashed record can be purged." },
  {
    code: "conflict",
    status: 409,
    meaning: "A concurrent write touched the same records; nothing was saved; try again.",
  },
  { code: "body_too_large", status: 413, meaning: "The body is over 6 MB." },
  { code: "unsupported_media_type", status: 415, meaning: "The body is not application/json." },
  {
    code: "unknown_host",
    status: 421,
    meaning: "The Host header names a host the app does not answer to.",
  },
  {
    code: "validation_failed",
    status: 422,
    meaning: "The input breaks the schema; `fields` says which and why.",
  },
  { code: "too_deep", status: 422, meaning: "The JSON is nested more than the API ever needs." },
  {
    code: "version_mismatch",
    status: 422,
    meaning: "If-Match and the body's `version` name different versions.",
  },
  {
    code: "quote_not_found",
    status: 422,
    meaning: "The quote is not in the source's text.",
  },
  {
    code: "quote_ambiguous",
    status: 422,
    meaning: "The quote occurs more than once; `occurrences` lists them (add prefix or suffix).",
  },
  { code: "invalid_range", status: 422, meaning: "The offsets are outside the text or reversed." },
  { code: "stated_not_in_quote", status: 422, meaning: "`stated` is not words of the quote." },
  {
    code: "stated_ambiguous",
    status: 422,
    meaning: "More than one figure could be meant; `candidates` lists them.",
  },
  { code: "no_figure_in_quote", status: 422, meaning: "The quote states no figure or date." },
  { code: "no_value_stated", status: 422, meaning: "The stated words give no value." },
  {
    code: "needs_value",
    status: 422,
    meaning: "A relative date with nothing to resolve it against; give `value`.",
  },
  { code: "value_unparseable", status: 422, meaning: "The stated words could not be read." },
  {
    code: "value_kind_mismatch",
    status: 422,
    meaning: "The value is not of the question's kind (a date for a count…).",
  },
  { code: "value_out_of_range", status: 422, meaning: "The value is beyond what is stored." },
  { code: "value_invalid", status: 422, meaning: "The corrected value is not consistent." },
  {
    code: "internal_error",
    status: 500,
    meaning: "Something unexpected; it was logged, and the body tells nothing more.",
  },
  {
    code: "method_not_implemented",
    status: 501,
    meaning: "A method no endpoint serves (PROPFIND, FOO).",
  },
];
