import { z } from "zod";
import { EXPORT_FORMAT_NAMES } from "./export-formats";

const ids = z
  .string()
  .describe("One id, or several separated by commas; the parameter may repeat.");

/**
 * The query of GET /api/v1/export as the API's description shows it. The route reads it with
 * readExportRequest, which also weighs the Accept header; this schema mirrors those rules.
 */
export const ExportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMAT_NAMES as [string, ...string[]]).optional(),
  claim: ids.optional(),
  claims: ids.optional(),
  question: ids.optional(),
  subject: ids.optional(),
  source: ids.optional(),
  style: z.string().optional().describe("For references: a bundled or uploaded style's name."),
  locale: z.string().optional().describe("For references: a citation locale such as en-GB."),
  bom: z.enum(["0", "1"]).optional().describe("CSV only: start with a UTF-8 byte order mark."),
});
