import { useMe } from "@/features/auth/api/get-me";
import { StartPage } from "@/features/home/components/start-page";
import { knownRoles } from "@/shared/roles";

/** The start page follows the account's first role. */
export function StartRoute() {
  const { data: me } = useMe();
  return <StartPage role={knownRoles(me?.roles ?? [])[0]} />;
}
