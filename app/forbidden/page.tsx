import type { Metadata } from "next";
import Link from "next/link";
import { currentActor } from "@/app/_auth/current-actor";

export const metadata: Metadata = { title: "Not allowed" };

const NEEDS: Record<string, string> = {
  write: "an editor or an admin",
  trash: "an admin",
  restore: "an admin",
  purge: "an admin",
  manageUsers: "an admin",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ForbiddenPage({ searchParams }: Props) {
  const { need } = await searchParams;
  const actor = await currentActor();
  const who = typeof need === "string" ? NEEDS[need] : undefined;
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">Not allowed</h1>
      <p className="text-stone-700">
        {actor ? `Your account (${actor.name}) is a ${actor.role}. ` : ""}
        {who ? `Only ${who} may do this.` : "Your account may not do this."} Nothing was changed.
      </p>
      <p>
        <Link href="/" className="underline">
          Go to the start page
        </Link>
      </p>
    </div>
  );
}
