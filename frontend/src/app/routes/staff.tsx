import { useMe } from "@/features/auth/api/get-me";
import { StaffPage } from "@/features/providers/components/staff-page";

/** The provider administrator's staff (/personal), for their own provider. */
export function StaffRoute() {
  const { data: me } = useMe();
  return <StaffPage providerId={me?.provider_id ?? ""} selfId={me?.id ?? ""} />;
}
