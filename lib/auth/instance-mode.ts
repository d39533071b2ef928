/** Whether the instance is sign-in-only (CROSSCHECK_PRIVATE=1): reading then needs an account too. */
export function isPrivateInstance(): boolean {
  return process.env.CROSSCHECK_PRIVATE === "1";
}
