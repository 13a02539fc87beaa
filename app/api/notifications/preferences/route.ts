import { readJson } from "@/lib/api/read-json";
import { withRoute } from "@/lib/api/with-route";
import { getPreferences, savePreferences } from "@/lib/data/notification-preferences";
import { preferencesSchema } from "@/lib/schemas/notification";

/** Your notification choices: the language of your mail and the events you muted. */
export const GET = withRoute(async ({ db, user }) => ({
  preferences: await getPreferences(db, user.id),
}));

export const PUT = withRoute(async ({ request, db, user, meta }) => {
  const preferences = await readJson(request, preferencesSchema);
  return { preferences: await savePreferences({ db, actor: user, preferences, meta }) };
});
