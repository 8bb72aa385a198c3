import { useAuth } from "../../app/auth";
import { useLiveUpdates } from "./useLiveUpdates";

/** Rendered once inside the app's providers: live updates for whoever is signed in. */
export function LiveUpdates() {
  const { user } = useAuth();
  useLiveUpdates(user?.id ?? null);
  return null;
}
