"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { checkPermission, requirePagePermission } from "@/app/_auth/require-permission";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/auth";
import { createOrResetUser, setDisabled, setRole } from "@/lib/auth/user-data";
import { typedValues, type FormState } from "@/lib/forms/form-state";
import { ROLES } from "@/lib/history/actor";
import { formArgument, idArgument } from "@/lib/forms/action-arguments";

const NewUserSchema = z.object({
  email: z.email("give an email address").max(320),
  name: z.string().trim().max(200).optional(),
  role: z.enum(ROLES, { error: "choose reader, editor or admin" }),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `at least ${MIN_PASSWORD_LENGTH} characters`)
    .max(200),
});

/** Makes an account (admins only). */
export async function createUserAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const values = typedValues(formData);
  const kept = { email: values.email ?? "", name: values.name ?? "", role: values.role ?? "" };
  const allowed = await checkPermission("manageUsers");
  if (!allowed.ok) return { status: "error", message: allowed.message, fields: {}, values: kept };
  const input = NewUserSchema.safeParse(values);
  if (!input.success) {
    const fields: Record<string, string[]> = {};
    for (const issue of input.error.issues)
      (fields[String(issue.path[0])] ??= []).push(issue.message);
    return { status: "error", message: "Some fields need attention.", fields, values: kept };
  }
  const result = await createOrResetUser(input.data);
  if (!result.ok) return { status: "error", message: result.message, fields: {}, values: kept };
  revalidatePath("/admin/users");
  redirect(`/admin/users?created=${encodeURIComponent(result.user.email)}`);
}

/** Gives an account another role (admins only; not one's own, so an admin cannot lock all out). */
export async function setRoleAction(userId: string, formData: FormData): Promise<void> {
  const actor = await requirePagePermission("manageUsers", "/admin/users");
  const role = z.enum(ROLES).safeParse(formArgument(formData).get("role"));
  const id = idArgument(userId);
  if (role.success && id && id !== actor.id) await setRole(id, role.data);
  revalidatePath("/admin/users");
  redirect("/admin/users");
}

/** Disables or enables an account (admins only; never one's own). */
export async function setDisabledAction(userId: string, disabled: boolean): Promise<void> {
  const actor = await requirePagePermission("manageUsers", "/admin/users");
  const id = idArgument(userId);
  if (id && id !== actor.id && typeof disabled === "boolean") await setDisabled(id, disabled);
  revalidatePath("/admin/users");
  redirect("/admin/users");
}
