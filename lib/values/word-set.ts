/** A set of lower-case words written as space-separated lists, for readable word tables. */
export function wordSet(...lists: string[]): Set<string> {
  return new Set(lists.flatMap((list) => list.split(/\s+/).filter(Boolean)));
}
