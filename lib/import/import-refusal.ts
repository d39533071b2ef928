/** Why an import was refused; stable codes for programs, beside a sentence for people. */
export type ImportRefusalCode =
  | "invalid_address"
  | "unsupported_scheme"
  | "credentials_in_address"
  | "blocked_address"
  | "host_not_found"
  | "connection_failed"
  | "timeout"
  | "redirect_loop"
  | "too_many_redirects"
  | "bad_redirect"
  | "http_status"
  | "unsupported_content_type"
  | "too_large"
  | "unreadable_encoding"
  | "unreadable_document"
  | "no_text"
  | "text_too_large";

/**
 * The one error of this folder whose message may be shown to people as it is: an address, a
 * response or a document Crosscheck will not import. Anything else thrown here is a bug or an
 * outage, to be logged and answered with a short apology.
 */
export class ImportRefusal extends Error {
  override readonly name = "ImportRefusal";

  constructor(
    readonly code: ImportRefusalCode,
    message: string,
  ) {
    super(message);
  }
}

/** True for an ImportRefusal, whichever copy of this module created it. */
export function isImportRefusal(error: unknown): error is ImportRefusal {
  return error instanceof Error && error.name === "ImportRefusal" && "code" in error;
}
