/** For strict zod objects: names the fields a schema does not know, instead of zod's default. */
export function unknownField(issue: { code?: string; keys?: string[] }): string | undefined {
  return issue.code === "unrecognized_keys" ? `unknown field ${issue.keys?.join(", ")}` : undefined;
}
