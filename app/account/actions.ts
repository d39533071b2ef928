"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { isAPIError } from "better-auth/api";
import { z } from "zod";
import { currentActor } from "@/app/_auth/current-actor";
import { createApiToken, revokeApiToken } from "@/lib/auth/api-tokens";
import { getAuth, MIN_PASSWORD_LENGTH } from "@/lib/auth/auth";
import { safeNext } from "@/lib/auth/safe-next";
import { typedValues, type FormState } from "@/lib/forms/form-state";
import { logError } from "@/lib/log";
import { formArgument, idArgument } from "@/lib/forms/action-arguments";

const SignInSchema = z.object({
  email: z.string().trim().min(1, "give your email address").max(320),
  password: z.string().min(1, "give your password").max(200),
  next: z.string().max(2000).optional(),
});

const PasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "give your current password").max(200),
    newPassword: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `at least ${MIN_PASSWORD_LENGTH} characters`)
      .max(200, "at most 200 characters"),
    repeat: z.string().max(200),
  })
  .refine((input) => input.newPassword === input.repeat, {
    message: "the two new passwords differ",
    path: ["repeat"],
  });

/** Signs in with email and password (rate-limited per account and address), then goes back. */
export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData);
  const input = SignInSchema.safeParse(values);
  const kept = { email: values.email ?? "", next: values.next ?? "" };
  if (!input.success)
    return { status: "error", message: "Give your email and password.", fields: {}, values: kept };
  try {
    const auth = await getAuth();
    await auth.api.signInEmail({
      body: { email: input.data.email, password: input.data.password },
      headers: await headers(),
    });
  } catch (error) {
    if (isAPIError(error) && error.statusCode === 429)
      return { status: "error", message: error.message, fields: {}, values: kept };
    if (isAPIError(error) && (error.statusCode === 401 || error.statusCode === 400))
      return {
        status: "error",
        message: "That email and password do not match an account.",
        fields: {},
        values: kept,
      };
    logError("account.sign_in", error);
    return {
      status: "error",
      message: "Signing in failed on our side; try again.",
      fields: {},
      values: kept,
    };
  }
  redirect(safeNext(input.data.next));
}

/** Signs out of this browser. */
export async function signOutAction(): Promise<void> {
  const auth = await getAuth();
  await auth.api.signOut({ headers: await headers() }).catch(() => undefined);
  redirect("/");
}

/** Changes the signed-in person's password and signs out their other browsers. */
export async function changePasswordAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in?next=/account");
  const input = PasswordSchema.safeParse(typedValues(formData));
  if (!input.success) {
    const fields: Record<string, string[]> = {};
    for (const issue of input.error.issues)
      (fields[String(issue.path[0])] ??= []).push(issue.message);
    return { status: "error", message: "Some fields need attention.", fields, values: {} };
  }
  try {
    const auth = await getAuth();
    await auth.api.changePassword({
      body: {
        currentPassword: input.data.currentPassword,
        newPassword: input.data.newPassword,
        revokeOtherSessions: true,
      },
      headers: await headers(),
    });
  } catch (error) {
    if (isAPIError(error) && error.statusCode < 500)
      return {
        status: "error",
        message: "The current password is not right; nothing was changed.",
        fields: { currentPassword: ["not your current password"] },
        values: {},
      };
    logError("account.change_password", error);
    return {
      status: "error",
      message: "Changing the password failed on our side.",
      fields: {},
      values: {},
    };
  }
  redirect("/account?changed=password");
}

/** Makes an API token for the signed-in person; it is shown once, on the page it returns to. */
export async function createTokenAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState & { token?: string }> {
  const actor = await currentActor();
  if (!actor?.id) redirect("/sign-in?next=/account");
  const name =
    String(formArgument(formData).get("name") ?? "")
      .trim()
      .slice(0, 100) || "API token";
  const { token } = await createApiToken(actor.id, name);
  return { status: "idle", fields: {}, values: {}, token };
}

/** Revokes one of the signed-in person's own tokens. */
export async function revokeTokenAction(tokenId: string): Promise<void> {
  const actor = await currentActor();
  if (!actor?.id) redirect("/sign-in?next=/account");
  const id = idArgument(tokenId);
  if (id) await revokeApiToken(actor.id, id);
  redirect("/account?revoked=1");
}
