import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";

/** The channel id of the path; anything but a UUID is a channel that does not exist. */
export function channelIdOf(params: { id: string }): string {
  const id = z.uuid().safeParse(params.id);
  if (!id.success) throw new AppError("not_found", "No such notification channel.");
  return id.data;
}
