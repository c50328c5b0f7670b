import { useParams } from "react-router";
import { ProviderPage } from "@/features/providers/components/provider-page";

/** One provider in the register (/anordnare/:id). */
export function ProviderRoute() {
  const { providerId = "" } = useParams();
  return <ProviderPage key={providerId} providerId={providerId} />;
}
