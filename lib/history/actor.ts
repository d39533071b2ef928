/** Who makes a change: an account, or a script such as the sample-data loader. */
export interface Actor {
  /** The account's id; null for scripts. */
  id: string | null;
  /** How the change is shown in the history. */
  name: string;
  role: Role;
}

export const ROLES = ["reader", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** The sample corpus and command-line scripts write as this actor. */
export const SCRIPT_ACTOR: Actor = { id: null, name: "script", role: "admin" };
