import { requirePageUser } from "@/auth/session";
import { TokenManager } from "@/components/ui/token-manager";
import { getMessages } from "@/lib/i18n/server";
import { listApiTokens } from "@/modules/users/api-tokens";

export const dynamic = "force-dynamic";

export default async function ProfilePage() {
  const user = await requirePageUser("/profile");
  const [{ messages, locale }, tokens] = await Promise.all([getMessages(), listApiTokens(user)]);
  return (
    <div className="page narrow">
      <h1>{messages.profile.title}</h1>
      <p>
        <bdi>{user.name}</bdi> · <span dir="ltr">{user.email}</span> · {messages.roles[user.role]}
      </p>
      <section className="card">
        <h2>{messages.profile.tokens}</h2>
        <p className="hint">{messages.profile.tokensIntro}</p>
        <TokenManager initialTokens={tokens} messages={messages} locale={locale} />
      </section>
    </div>
  );
}
