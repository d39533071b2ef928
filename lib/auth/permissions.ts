import type { Role } from "@/lib/history/actor";

/**
 * What each role may do. Reading is open to everyone (unless the instance is private, when it
 * takes any signed-in role); editors create and edit; admins also delete, restore and purge, and
 * manage users. The one table every server action and route handler asks.
 */
export const MINIMUM_ROLE = {
  read: null,
  write: "editor",
  trash: "admin",
  restore: "admin",
  purge: "admin",
  manageUsers: "admin",
} as const satisfies Record<string, Role | null>;

export type Permission = keyof typeof MINIMUM_ROLE;

const RANK: Record<Role, number> = { reader: 1, editor: 2, admin: 3 };

/** Whether someone with this role (null: not signed in) may do this. */
export function allows(
  role: Role | null,
  permission: Permission,
  { isPrivate = false } = {},
): boolean {
  const needed = MINIMUM_ROLE[permission];
  if (needed === null) return !isPrivate || role !== null;
  return role !== null && RANK[role] >= RANK[needed];
}

/** A role name as stored by the auth library, or null when it is not one of ours. */
export function parseRole(value: unknown): Role | null {
  return value === "reader" || value === "editor" || value === "admin" ? value : null;
}
