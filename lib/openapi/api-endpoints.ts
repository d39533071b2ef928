import type { z } from "zod";
import type { Permission } from "@/lib/auth/permissions";
import { ClaimInputSchema, ClaimUpdateSchema } from "@/lib/claims/claim-schema";
import { HistoryQuerySchema } from "@/lib/history/history-query";
import { ExportQuerySchema } from "@/lib/exports/export-query-schema";
import { SearchParamsSchema } from "@/lib/search/search-schema";
import { SourceListQuerySchema } from "@/lib/sources/source-list-schema";
import { SubjectListQuerySchema, SubjectMatrixQuerySchema } from "@/lib/subjects/subject-schema";
import { ImportOptionsSchema } from "@/lib/sources/import-schema";
import { SourceTextSchema } from "@/lib/sources/source-text-schema";
import { CitationStyleInputSchema } from "@/lib/citations/style-schema";
import { PassageInputSchema } from "@/lib/claims/passage-schema";
import { DismissalInputSchema } from "@/lib/suggestions/dismissal-schema";
import { QuestionFilterSchema, QuestionUpdateSchema } from "@/lib/questions/question-schema";
import { SourceInputSchema, SourceUpdateSchema } from "@/lib/sources/source-schema";
import { TrashQuerySchema } from "@/lib/trash/trash-kinds";
import { RevertSchema } from "@/lib/history/revert-schema";
import {
  OriginMergeSchema,
  OriginRenameSchema,
  OriginSearchSchema,
} from "@/lib/origins/origin-schema";
import {
  HistorySchema,
  QuestionPageSchema,
  SourceDetailSchema,
  SourcePageSchema,
  SubjectListSchema,
  TrashPageSchema,
  described,
} from "./response-schemas";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** One operation of the API, as the OpenAPI document and the API page describe it. */
export interface ApiEndpoint {
  method: HttpMethod;
  /** The full path, with `{name}` for path parameters (as the route folder's `[name]`). */
  path: string;
  tag:
    | "Sources"
    | "Subjects"
    | "Questions"
    | "Claims"
    | "History"
    | "Trash"
    | "Search"
    | "Exports"
    | "Description";
  summary: string;
  /** The permission route handler asks apiHandler for (lib/auth/permissions.ts). */
  permission: Permission;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Writes that name the version they read (If-Match or `version`) and may answer 409. */
  versioned?: boolean;
  ok: { status: 200 | 201 | 204; description: string; schema?: z.ZodType; etag?: boolean };
  /** Statuses this operation answers besides ok and the ones every operation may give. */
  errors?: readonly number[];
}

const origin = described(
  "Origin",
  "An origin: id, name, version, claimCount (live claims citing it).",
);
const claim = described("Claim", "A claim: value, stated words, passages, source, origin.");
const comparison = described(
  "QuestionComparison",
  "question, verdict (status, summary, clusters, consensus, spread, independent origins), claims with passages in context and source metadata.",
);
const matrix = described(
  "SubjectMatrix",
  "The subject, the sources (columns) that claim anything about this page's questions, rows of questions with cells by source id, questionCount, questionsBefore and nextCursor.",
);
const question = described("Question", "A question: subject, measure, kind, unit, scope, version.");

// One entry per route handler method. A new route adds its line here; the test beside this file
// fails while a route file under app/api serves a method that no entry names. One line each, so
// the list reads as a table.
// prettier-ignore
export const API_ENDPOINTS: readonly ApiEndpoint[] = [
  { method: "GET", path: "/api/v1/openapi.json", tag: "Description", summary: "This API as an OpenAPI 3.1 document", permission: "read", ok: { status: 200, description: "The OpenAPI document." } },
  { method: "GET", path: "/api/v1/sources", tag: "Sources", summary: "The library, most recently published (or added) first, 50 a page, filtered by words, kind or language", permission: "read", query: SourceListQuerySchema, ok: { status: 200, description: "A page of sources.", schema: SourcePageSchema } },
  { method: "POST", path: "/api/v1/sources", tag: "Sources", summary: "Add a source: its text, kept byte for byte, and its metadata", permission: "write", body: SourceInputSchema, ok: { status: 201, description: "The new source; Location names it.", schema: SourceDetailSchema }, errors: [409] },
  { method: "GET", path: "/api/v1/sources/{id}", tag: "Sources", summary: "One source: metadata and text", permission: "read", ok: { status: 200, description: "The source.", schema: SourceDetailSchema, etag: true }, errors: [404] },
  { method: "PATCH", path: "/api/v1/sources/{id}", tag: "Sources", summary: "Change a source's metadata (null clears a field; the text cannot change)", permission: "write", body: SourceUpdateSchema, versioned: true, ok: { status: 200, description: "The source as changed.", schema: SourceDetailSchema, etag: true }, errors: [404, 428] },
  { method: "DELETE", path: "/api/v1/sources/{id}", tag: "Sources", summary: "Move a source, with its claims and passages, to the trash", permission: "trash", versioned: true, ok: { status: 204, description: "In the trash." }, errors: [404] },
  { method: "GET", path: "/api/v1/sources/{id}/history", tag: "History", summary: "Who changed a source, when, and what", permission: "read", query: HistoryQuerySchema, ok: { status: 200, description: "Its changes, newest first.", schema: HistorySchema } },
  { method: "POST", path: "/api/v1/sources/{id}/revert", tag: "History", summary: "Bring back an earlier version of a source's metadata", permission: "write", body: RevertSchema, versioned: true, ok: { status: 200, description: "The source as restored.", schema: SourceDetailSchema, etag: true }, errors: [404] },
  { method: "GET", path: "/api/v1/subjects", tag: "Subjects", summary: "Subjects, with their questions counted by verdict; with q, those whose names hold every word typed (accents and case aside)", permission: "read", query: SubjectListQuerySchema, ok: { status: 200, description: "Subjects by name, a page at a time (pass nextCursor as after).", schema: SubjectListSchema } },
  { method: "GET", path: "/api/v1/subjects/{id}", tag: "Subjects", summary: "A subject's matrix of questions × sources, 50 questions a page by measure and scope", permission: "read", query: SubjectMatrixQuerySchema, ok: { status: 200, description: "A page of the matrix (pass nextCursor as after).", schema: matrix }, errors: [404] },
  { method: "GET", path: "/api/v1/questions", tag: "Questions", summary: "Questions by stored verdict, most divergent first (keyset pages)", permission: "read", query: QuestionFilterSchema, ok: { status: 200, description: "A page of questions.", schema: QuestionPageSchema } },
  { method: "GET", path: "/api/v1/questions/{id}", tag: "Questions", summary: "The comparison of one question: verdict and every claim", permission: "read", ok: { status: 200, description: "The comparison.", schema: comparison }, errors: [404] },
  { method: "PATCH", path: "/api/v1/questions/{id}", tag: "Questions", summary: "Change a question's measure, scope or unit (its kind stays)", permission: "write", body: QuestionUpdateSchema, versioned: true, ok: { status: 200, description: "The question as changed.", schema: question, etag: true }, errors: [404, 428] },
  { method: "DELETE", path: "/api/v1/questions/{id}", tag: "Questions", summary: "Move a question without claims to the trash", permission: "trash", versioned: true, ok: { status: 204, description: "In the trash." }, errors: [404] },
  { method: "GET", path: "/api/v1/questions/{id}/history", tag: "History", summary: "Who changed a question, when, and what", permission: "read", query: HistoryQuerySchema, ok: { status: 200, description: "Its changes, newest first.", schema: HistorySchema } },
  { method: "POST", path: "/api/v1/questions/{id}/revert", tag: "History", summary: "Bring back an earlier wording of a question", permission: "write", body: RevertSchema, versioned: true, ok: { status: 200, description: "The question as restored.", schema: question, etag: true }, errors: [404] },
  { method: "GET", path: "/api/v1/origins", tag: "Claims", summary: "Origins whose names hold the words typed, A to Z (with no q: the origins cited most lately), at most 50", permission: "read", query: OriginSearchSchema, ok: { status: 200, description: "Suggestions: { items: [{ id, name }] }." } },
  { method: "GET", path: "/api/v1/origins/{id}", tag: "Claims", summary: "One origin (who a figure comes from), with how many live claims cite it", permission: "read", ok: { status: 200, description: "The origin.", schema: origin, etag: true }, errors: [404] },
  { method: "PATCH", path: "/api/v1/origins/{id}", tag: "Claims", summary: "Rename an origin (a name another origin has is refused: merge instead)", permission: "write", body: OriginRenameSchema, versioned: true, ok: { status: 200, description: "The origin as renamed.", schema: origin, etag: true }, errors: [404, 409, 428] },
  { method: "POST", path: "/api/v1/origins/{id}/merge", tag: "Claims", summary: "Fold an origin into another: its claims cite the other, verdicts are refreshed", permission: "write", body: OriginMergeSchema, versioned: true, ok: { status: 200, description: "The origin merged into.", schema: origin, etag: true }, errors: [404] },
  { method: "GET", path: "/api/v1/origins/{id}/history", tag: "History", summary: "Who renamed or merged an origin, and when", permission: "read", ok: { status: 200, description: "Its changes, newest first." } },
  { method: "POST", path: "/api/v1/claims", tag: "Claims", summary: "Record a claim from a passage of a source", permission: "write", body: ClaimInputSchema, ok: { status: 201, description: "The new claim; Location names it.", schema: claim }, errors: [404] },
  { method: "GET", path: "/api/v1/claims/{id}", tag: "Claims", summary: "One claim with its passages, source and origin", permission: "read", ok: { status: 200, description: "The claim.", schema: claim, etag: true }, errors: [404] },
  { method: "PATCH", path: "/api/v1/claims/{id}", tag: "Claims", summary: "Change a claim (null clears a field; source and quote stay)", permission: "write", body: ClaimUpdateSchema, versioned: true, ok: { status: 200, description: "The claim as changed.", schema: claim, etag: true }, errors: [404, 428] },
  { method: "DELETE", path: "/api/v1/claims/{id}", tag: "Claims", summary: "Move a claim to the trash", permission: "trash", versioned: true, ok: { status: 204, description: "In the trash." }, errors: [404] },
  { method: "GET", path: "/api/v1/claims/{id}/history", tag: "History", summary: "Who changed a claim, when, and what", permission: "read", query: HistoryQuerySchema, ok: { status: 200, description: "Its changes, newest first.", schema: HistorySchema } },
  { method: "POST", path: "/api/v1/claims/{id}/revert", tag: "History", summary: "Bring back an earlier version of a claim", permission: "write", body: RevertSchema, versioned: true, ok: { status: 200, description: "The claim as restored.", schema: claim, etag: true }, errors: [404] },
  { method: "GET", path: "/api/v1/trash", tag: "Trash", summary: "What is in the trash, one kind at a time, 50 a page (cursor for the next)", permission: "restore", query: TrashQuerySchema, ok: { status: 200, description: "A page of trashed records, most recent first.", schema: TrashPageSchema } },
  { method: "POST", path: "/api/v1/trash/{kind}/{id}/restore", tag: "Trash", summary: "Take a source, question or claim out of the trash, intact", permission: "restore", ok: { status: 204, description: "Restored." }, errors: [404, 409] },
  { method: "DELETE", path: "/api/v1/trash/{kind}/{id}", tag: "Trash", summary: "Delete a trashed source, question or claim for good", permission: "purge", ok: { status: 204, description: "Purged." }, errors: [404, 409] },
  { method: "GET", path: "/api/v1/health", tag: "Description", summary: "Whether this instance is up (no database query)", permission: "read", ok: { status: 200, description: "{ status: \"ok\" }." } },
  { method: "GET", path: "/api/v1/search", tag: "Search", summary: "Search sources, passages, questions and subjects (accents, case and typos aside), by subject, language and date", permission: "read", query: SearchParamsSchema, ok: { status: 200, description: "Results grouped by kind, with highlighted snippets; one kind pages with a cursor." } },
  { method: "GET", path: "/api/v1/export", tag: "Exports", summary: "Claims of a selection, question, subject or source as citations, CSV, tables or annotations", permission: "read", query: ExportQuerySchema, ok: { status: 200, description: "The export, as an attachment in the format asked for." }, errors: [400, 404] },
  { method: "GET", path: "/api/v1/styles", tag: "Exports", summary: "Citation styles: the bundled ones and those uploaded", permission: "read", ok: { status: 200, description: "The styles." } },
  { method: "POST", path: "/api/v1/styles", tag: "Exports", summary: "Add a citation style from its .csl file (checked before it is kept)", permission: "write", body: CitationStyleInputSchema, ok: { status: 201, description: "The style as stored." }, errors: [409] },
  { method: "DELETE", path: "/api/v1/styles/{name}", tag: "Exports", summary: "Remove an uploaded citation style", permission: "trash", ok: { status: 204, description: "Removed." }, errors: [404] },
  { method: "POST", path: "/api/v1/sources/import", tag: "Sources", summary: "Read a web address or an uploaded file (JSON or multipart) into a source, or preview it", permission: "write", body: ImportOptionsSchema, ok: { status: 201, description: "The new source (200 with the extracted text and metadata for a preview).", schema: SourceDetailSchema }, errors: [409, 413, 415, 502, 504] },
  { method: "PUT", path: "/api/v1/sources/{id}/text", tag: "Sources", summary: "A new version of a source's text; every passage is re-anchored", permission: "write", body: SourceTextSchema, versioned: true, ok: { status: 200, description: "The source with its new text version and how each passage came through." }, errors: [404, 428] },
  { method: "POST", path: "/api/v1/sources/{id}/reimport", tag: "Sources", summary: "Fetch a source's address again and keep a newer text as a new version", permission: "write", versioned: true, ok: { status: 200, description: "The source with its new text version." }, errors: [404, 413, 415, 502, 504] },
  { method: "GET", path: "/api/v1/sources/{id}/versions", tag: "Sources", summary: "Every text a source has had", permission: "read", ok: { status: 200, description: "Its text versions, newest first." }, errors: [404] },
  { method: "GET", path: "/api/v1/sources/{id}/versions/{n}", tag: "Sources", summary: "One earlier (or the current) text of a source", permission: "read", ok: { status: 200, description: "The text version." }, errors: [404] },
  { method: "GET", path: "/api/v1/sources/{id}/originals/{originalId}", tag: "Sources", summary: "The bytes a source's text was extracted from, as a download", permission: "read", ok: { status: 200, description: "The original file, as an attachment." }, errors: [404] },
  { method: "POST", path: "/api/v1/claims/{id}/passages", tag: "Claims", summary: "Add another passage (in this or another source) to a claim", permission: "write", body: PassageInputSchema, versioned: true, ok: { status: 201, description: "The claim with its passages.", schema: claim }, errors: [404] },
  { method: "DELETE", path: "/api/v1/claims/{id}/passages/{pid}", tag: "Claims", summary: "Remove a passage from a claim (never its last, nor the one holding the stated words)", permission: "write", versioned: true, ok: { status: 200, description: "The claim with its passages.", schema: claim }, errors: [404, 409] },
  { method: "GET", path: "/api/v1/sources/{id}/suggestions", tag: "Sources", summary: "Figures and dates the value readers find in a source's text, with what they count and who says so", permission: "read", ok: { status: 200, description: "The suggestions, each marked recorded or dismissed, and the questions they may answer." }, errors: [404] },
  { method: "POST", path: "/api/v1/sources/{id}/suggestions/dismissals", tag: "Sources", summary: "Dismiss a suggested figure on a source (remembered)", permission: "write", body: DismissalInputSchema, ok: { status: 201, description: "Dismissed (200 when it already was)." }, errors: [404] },
];
