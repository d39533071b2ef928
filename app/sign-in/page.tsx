import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentActor } from "@/app/_auth/current-actor";
import { safeNext } from "@/lib/auth/safe-next";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const { next } = await searchParams;
  const back = safeNext(next);
  if (await currentActor()) redirect(back);
  return (
    <div className="max-w-md space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Sign in</h1>
        <p className="text-stone-600">
          Reading needs no account. Editors and admins sign in to record sources and claims; an
          admin makes the accounts.
        </p>
      </div>
      <SignInForm next={back} />
    </div>
  );
}
