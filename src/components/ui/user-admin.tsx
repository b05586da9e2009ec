"use client";

import { useState } from "react";
import type { FormEvent } from "react";
import { roles } from "@/auth/roles";
import type { Role } from "@/auth/roles";
import type { Messages } from "@/lib/i18n";
import { format } from "@/lib/i18n";
import type { UserDto } from "@/modules/users/schemas";
import { callApi } from "./api-client";
import { Field, FormError } from "./field";

export function UserAdmin({ initialUsers, messages, currentUserId }: { initialUsers: UserDto[]; messages: Messages; currentUserId: string }) {
  const [users, setUsers] = useState(initialUsers);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function onCreate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const result = await callApi<UserDto>("POST", "/api/users", {
      email: form.get("email"),
      name: form.get("name"),
      password: form.get("password"),
      role: form.get("role"),
    });
    if (!result.ok) {
      setFieldErrors(result.fieldErrors);
      setError(result.message);
      return;
    }
    setFieldErrors({});
    setError(null);
    setUsers((previous) => [...previous, result.data]);
    setNotice(format(messages.users.added, { name: result.data.name }));
    formElement.reset();
  }

  async function onChangeRole(userId: string, role: Role) {
    const result = await callApi<UserDto>("PATCH", `/api/users/${userId}`, { role });
    if (!result.ok) return setError(result.message);
    setUsers((previous) => previous.map((user) => (user.id === userId ? result.data : user)));
  }

  return (
    <>
      <table className="table">
        <thead>
          <tr>
            <th>{messages.fields.name}</th>
            <th>{messages.fields.email}</th>
            <th>{messages.fields.role}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <td dir="auto">{user.name}</td>
              <td dir="ltr">{user.email}</td>
              <td>
                <select
                  aria-label={format(messages.users.changeRole, { name: user.name })}
                  value={user.role}
                  disabled={user.id === currentUserId}
                  onChange={(event) => void onChangeRole(user.id, event.target.value as Role)}
                >
                  {roles.map((role) => (
                    <option key={role} value={role}>
                      {messages.roles[role]}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <section className="card">
        <h2>{messages.users.add}</h2>
        <FormError message={error} />
        {notice && <p role="status">{notice}</p>}
        <form onSubmit={(event) => void onCreate(event)} noValidate>
          <Field id="user-email" label={messages.fields.email} errors={fieldErrors.email}>
            <input id="user-email" name="email" type="email" dir="ltr" required />
          </Field>
          <Field id="user-name" label={messages.fields.name} errors={fieldErrors.name}>
            <input id="user-name" name="name" dir="auto" required />
          </Field>
          <Field id="user-password" label={messages.fields.password} hint={messages.fields.passwordHint} errors={fieldErrors.password}>
            <input id="user-password" name="password" type="password" autoComplete="new-password" dir="ltr" required />
          </Field>
          <Field id="user-role" label={messages.fields.role} errors={fieldErrors.role}>
            <select id="user-role" name="role" defaultValue="reviewer">
              {roles.map((role) => (
                <option key={role} value={role}>
                  {messages.roles[role]}
                </option>
              ))}
            </select>
          </Field>
          <button type="submit" className="button-primary">
            {messages.users.add}
          </button>
        </form>
      </section>
    </>
  );
}
