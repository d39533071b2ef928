/** One JSON line per event on stderr, so a log collector can read it and a person can grep it. */
export function logError(
  event: string,
  error: unknown,
  context: Record<string, unknown> = {},
): void {
  const detail =
    error instanceof Error
      ? { message: error.message, stack: error.stack }
      : { message: String(error) };
  console.error(
    JSON.stringify({
      level: "error",
      time: new Date().toISOString(),
      event,
      ...context,
      ...detail,
    }),
  );
}
