/**
 * A failure the person at the terminal can fix; its message is printed as one line, without a stack.
 */
export class FatalError extends Error {
  override name = "FatalError";
}

/** Runs a script's main function, printing FatalErrors as one line and anything else in full. */
export function runMain(main: () => Promise<void>): void {
  main().then(
    // Exit at once: idle database pools would otherwise keep the process alive for seconds after
    // everything it started has stopped.
    () => process.exit(0),
    (error: unknown) => {
      if (error instanceof FatalError) console.error(`crosscheck: ${error.message}`);
      else console.error(error);
      process.exit(1);
    },
  );
}

/** For .catch(): rethrows any error as a FatalError of one line, prefixed with what failed. */
export function asFatal(what: string): (error: unknown) => never {
  return (error) => {
    const message = error instanceof Error ? error.message : String(error);
    throw new FatalError(`${what}: ${message.split("\n")[0]}`);
  };
}
