import { z } from "zod";
import { roleSchema } from "@/auth/roles";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "Enter a valid email address." }));

export const passwordSchema = z
  .string()
  .min(10, { message: "The password needs at least 10 characters." })
  .max(200, { message: "The password can have at most 200 characters." });

export const personNameSchema = z.string().trim().min(1, { message: "Enter a name." }).max(120, { message: "The name can have at most 120 characters." });

export const createFirstAdminInputSchema = z.object({ email: emailSchema, name: personNameSchema, password: passwordSchema });
export type CreateFirstAdminInput = z.infer<typeof createFirstAdminInputSchema>;

export const createUserInputSchema = createFirstAdminInputSchema.extend({ role: roleSchema });
export type CreateUserInput = z.infer<typeof createUserInputSchema>;

export const updateUserInputSchema = z.object({ role: roleSchema.optional(), isActive: z.boolean().optional() });

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  isActive: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type UserDto = z.infer<typeof userSchema>;

export const createApiTokenInputSchema = z.object({
  name: z.string().trim().min(1, { message: "Give the token a name." }).max(80, { message: "The name can have at most 80 characters." }),
});

export const apiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
});
export type ApiTokenDto = z.infer<typeof apiTokenSchema>;

export const createdApiTokenSchema = apiTokenSchema.extend({ token: z.string().describe("Shown once: store it now, it cannot be retrieved again.") });
