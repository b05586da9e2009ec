import { requirePageUser } from "@/auth/session";
import { RatingScaleAdmin } from "@/components/ui/rating-scale-admin";
import { getMessages } from "@/lib/i18n/server";
import { listRatingScales } from "@/modules/rating-scales/manage-scales";
import { canManageRatingScales } from "@/modules/rating-scales/policy";

export const dynamic = "force-dynamic";

export default async function RatingScalesPage() {
  const user = await requirePageUser("/admin/rating-scales");
  const { locale, messages } = await getMessages();
  if (!canManageRatingScales(user)) {
    return (
      <div className="page">
        <h1>{messages.ratingScales.title}</h1>
        <p role="alert">{messages.ratingScales.adminsOnly}</p>
      </div>
    );
  }
  const scales = await listRatingScales(user);
  return (
    <div className="page">
      <h1>{messages.ratingScales.title}</h1>
      <RatingScaleAdmin initialScales={scales} messages={messages} locale={locale} />
    </div>
  );
}
