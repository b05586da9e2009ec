import { redirect } from "next/navigation";
import { requirePageUser } from "@/auth/session";

export default async function HomePage() {
  await requirePageUser("/articles");
  redirect("/articles");
}
