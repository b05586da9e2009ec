import { requirePageUser } from "@/auth/session";
import { UserAdmin } from "@/components/ui/user-admin";
import { getMessages } from "@/lib/i18n/server";
import { listUsers } from "@/modules/users/users";

export const dynamic = "force-dynamic";

export default async function UsersPage() {
  const user = await requirePageUser("/admin/users");
  const { messages } = await getMessages();
  if (user.role !== "admin") {
    return (
      <div className="page">
        <h1>{messages.users.title}</h1>
        <p role="alert">{messages.users.adminsOnly}</p>
      </div>
    );
  }
  const users = await listUsers(user);
  return (
    <div className="page">
      <h1>{messages.users.title}</h1>
      <UserAdmin initialUsers={users} messages={messages} currentUserId={user.id} />
    </div>
  );
}
