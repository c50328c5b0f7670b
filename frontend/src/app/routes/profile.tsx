import { useMe } from "@/features/auth/api/get-me";
import { OurProfilePage } from "@/features/profiles/components/our-profile-page";

/** The provider administrator's public profile (/profil), for their own provider. */
export function ProfileRoute() {
  const { data: me } = useMe();
  return <OurProfilePage providerId={me?.provider_id ?? ""} />;
}
