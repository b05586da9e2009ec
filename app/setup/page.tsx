import { redirect } from "next/navigation";
import { SetupForm } from "@/components/ui/setup-form";
import { getMessages } from "@/lib/i18n/server";
import { hasAnyUser } from "@/modules/users/users";

export const dynamic = "force-dynamic";

export default async function SetupPage() {
  if (await hasAnyUser()) redirect("/signin");
  const { messages } = await getMessages();
  return (
    <section className="narrow card">
      <h1>{messages.setup.title}</h1>
      <p>{messages.setup.intro}</p>
      <SetupForm messages={messages} />
    </section>
  );
}
