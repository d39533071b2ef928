import { z } from "zod";
import { unknownField } from "@/lib/forms/unknown-field";

/** Dismissing a suggested figure on a source: the suggestion's key, as `suggestFigures` gave it. */
export const DismissalInputSchema = z.strictObject(
  {
    key: z
      .string({ error: "key is required" })
      .regex(/^[0-9a-f]{16}$/, "key is the suggestion's key: 16 hexadecimal digits"),
  },
  { error: unknownField },
);

export type DismissalInput = z.output<typeof DismissalInputSchema>;
