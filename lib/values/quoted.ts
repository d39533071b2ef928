const MAX = 80;

/** Text in curly quotes for a message, shortened in the middle when long. */
export function quoted(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const short =
    flat.length > MAX ? `${flat.slice(0, MAX / 2 - 1)}…${flat.slice(-MAX / 2 + 1)}` : flat;
  return `“${short}”`;
}
