import { spawn } from "node:child_process";
import { FatalError } from "./fatal";

/** Runs one named step of a script, printing how long it took. */
export async function step<T>(
  label: string,
  work: () => Promise<T>,
  describe?: (result: T) => string,
) {
  const started = performance.now();
  process.stdout.write(`• ${label}…\n`);
  const result = await work();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const detail = describe ? ` — ${describe(result)}` : "";
  process.stdout.write(`✓ ${label}${detail} (${seconds} s)\n`);
  return result;
}

/** Runs a command with the terminal attached; a non-zero exit becomes a FatalError naming it. */
export function run(
  command: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
    child.once("error", (error) =>
      reject(new FatalError(`could not run ${command}: ${error.message}`)),
    );
    child.once("exit", (code, signal) => {
      if (code === 0) resolve();
      else
        reject(
          new FatalError(
            `${[command, ...args].join(" ")} failed (${signal ?? `exit code ${code}`})`,
          ),
        );
    });
  });
}
