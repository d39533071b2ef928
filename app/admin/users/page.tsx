import type { Metadata } from "next";
import { requirePagePermission } from "@/app/_auth/require-permission";
import { listUsers } from "@/lib/auth/user-data";
import { ROLES } from "@/lib/history/actor";
import { setDisabledAction, setRoleAction } from "./actions";
import { NewUserForm } from "./new-user-form";

export const metadata: Metadata = { title: "Accounts" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UsersPage({ searchParams }: Props) {
  const actor = await requirePagePermission("manageUsers", "/admin/users");
  const { q, page, created } = await searchParams;
  const query = typeof q === "string" ? q.slice(0, 100) : "";
  const pageNumber = Math.max(1, Math.min(10_000, Number(page) || 1));
  const users = await listUsers({ query, page: pageNumber });
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Accounts</h1>
        <p className="text-stone-600">
          Readers read (also on a private instance); editors record sources, questions and claims;
          admins also delete, restore and manage accounts.
        </p>
      </div>
      {typeof created === "string" ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-4 py-2 text-sm">
          The account {created} was made. Give its password to its owner, who can change it.
        </p>
      ) : null}
      <section aria-labelledby="new-user" className="space-y-3">
        <h2 id="new-user" className="text-xl font-semibold">
          Make an account
        </h2>
        <NewUserForm />
      </section>
      <section aria-labelledby="all-users" className="space-y-3">
        <h2 id="all-users" className="text-xl font-semibold">
          {users.total} {users.total === 1 ? "account" : "accounts"}
        </h2>
        <form method="get" className="flex gap-2">
          <label className="sr-only" htmlFor="user-search">
            Find by email
          </label>
          <input
            id="user-search"
            name="q"
            defaultValue={query}
            placeholder="Find by email"
            className="rounded border border-stone-300 px-2 py-1.5"
          />
          <button type="submit" className="rounded border border-stone-300 px-3 py-1.5 text-sm">
            Find
          </button>
        </form>
        <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
          {users.items.map((user) => (
            <li key={user.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 p-3 text-sm">
              <span className="min-w-48 font-medium">{user.email}</span>
              {user.disabled ? <span className="text-red-800">disabled</span> : null}
              {user.id === actor.id ? (
                <span className="text-stone-600">{user.role} (you)</span>
              ) : (
                <>
                  <form
                    action={setRoleAction.bind(null, user.id)}
                    className="flex items-center gap-2"
                  >
                    <label className="sr-only" htmlFor={`role-${user.id}`}>
                      Role of {user.email}
                    </label>
                    <select
                      id={`role-${user.id}`}
                      name="role"
                      defaultValue={user.role}
                      className="rounded border border-stone-300 px-2 py-1"
                    >
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {role}
                        </option>
                      ))}
                    </select>
                    <button type="submit" className="underline">
                      Set role
                    </button>
                  </form>
                  <form action={setDisabledAction.bind(null, user.id, !user.disabled)}>
                    <button type="submit" className="underline">
                      {user.disabled ? "Enable" : "Disable"}
                    </button>
                  </form>
                </>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
