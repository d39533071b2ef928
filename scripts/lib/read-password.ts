import { createInterface } from "node:readline";

/**
 * The password for a new account: CROSSCHECK_PASSWORD when set (scripts), else typed at a prompt
 * twice, without echo. Null when there is no terminal to ask.
 */
export async function readPassword(): Promise<string | null> {
  const given = process.env.CROSSCHECK_PASSWORD;
  if (given) return given;
  if (!process.stdin.isTTY) return null;
  const first = await ask("Password: ");
  const second = await ask("Password again: ");
  return first === second ? first : null;
}

function ask(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    // Echo nothing of what is typed: the prompt is written once, keystrokes are swallowed.
    const output = rl as unknown as { _writeToOutput: (text: string) => void };
    process.stdout.write(prompt);
    output._writeToOutput = () => {};
    rl.question("", (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
  });
}
