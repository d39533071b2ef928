/** The largest server action request; must equal `serverActions.bodySizeLimit` in next.config.js. */
export const MAX_ACTION_BODY_BYTES = 6 * 1024 * 1024;

// Room for each multipart field's boundary and headers, and for React's encoding of arguments.
const PER_FIELD = 160;

/**
 * About how many bytes a server action call with these arguments sends, counted generously, so
 * that a form can refuse to send what the server would refuse to take. Form fields count as the
 * browser sends them: UTF-8, with each line break as CR LF.
 */
export function estimatedActionBytes(args: readonly unknown[]): number {
  let total = PER_FIELD;
  for (const arg of args) {
    if (arg instanceof FormData) {
      for (const [name, value] of arg) {
        total += PER_FIELD + utf8Bytes(name);
        total += typeof value === "string" ? utf8Bytes(value) + lineBreaks(value) : value.size;
      }
    } else {
      total += PER_FIELD + utf8Bytes(JSON.stringify(arg) ?? "");
    }
  }
  return total;
}

function utf8Bytes(text: string): number {
  return new Blob([text]).size;
}

function lineBreaks(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count++;
  return count;
}
