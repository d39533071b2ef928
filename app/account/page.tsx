import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentActor } from "@/app/_auth/current-actor";
import { listApiTokens } from "@/lib/auth/api-tokens";
import { changePasswordAction, revokeTokenAction, signOutAction } from "./actions";
import { PasswordForm } from "./password-form";
import { TokenForm } from "./token-form";

export const metadata: Metadata = { title: "Your account" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccountPage({ searchParams }: Props) {
  const actor = await currentActor();
  if (!actor?.id) redirect("/sign-in?next=/account");
  const { changed, revoked } = await searchParams;
  const tokens = await listApiTokens(actor.id);
  return (
    <div className="max-w-2xl space-y-10">
      <section className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Your account</h1>
        <p className="text-stone-700">
          Signed in as <strong>{actor.name}</strong>, with the role <strong>{actor.role}</strong>.
        </p>
        {changed ? (
          <p
            role="status"
            className="rounded border border-green-300 bg-green-50 px-4 py-2 text-sm"
          >
            Your password was changed; your other browsers were signed out.
          </p>
        ) : null}
        <form action={signOutAction}>
          <button type="submit" className="rounded border border-stone-300 px-3 py-1.5 text-sm">
            Sign out
          </button>
        </form>
      </section>

      <section aria-labelledby="password" className="space-y-3">
        <h2 id="password" className="text-xl font-semibold">
          Change your password
        </h2>
        <PasswordForm action={changePasswordAction} />
      </section>

      <section aria-labelledby="tokens" className="space-y-3">
        <h2 id="tokens" className="text-xl font-semibold">
          API tokens
        </h2>
        <p className="text-sm text-stone-700">
          A program sends a token as <code>Authorization: Bearer …</code> and acts with your role. A
          revoked token stops working at once.
        </p>
        {revoked ? (
          <p role="status" className="rounded border border-stone-300 bg-white px-4 py-2 text-sm">
            The token was revoked.
          </p>
        ) : null}
        <TokenForm />
        {tokens.length ? (
          <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white text-sm">
            {tokens.map((token) => (
              <li key={token.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 p-3">
                <span className="font-medium">{token.name}</span>
                <code className="text-stone-600">{token.prefix}…</code>
                <span className="text-stone-600">
                  made {token.createdAt.toISOString().slice(0, 10)}
                  {token.lastUsedAt
                    ? `, last used ${token.lastUsedAt.toISOString().slice(0, 16).replace("T", " ")}`
                    : ", never used"}
                </span>
                {token.revokedAt ? (
                  <span className="text-stone-600">
                    revoked {token.revokedAt.toISOString().slice(0, 10)}
                  </span>
                ) : (
                  <form action={revokeTokenAction.bind(null, token.id)} className="ml-auto">
                    <button type="submit" className="text-red-800 underline">
                      Revoke
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </div>
  );
}
