import { useParams } from "react-router";
import { OversightPage } from "@/features/oversight/components/oversight-page";
import { ProviderShortcomings } from "@/features/oversight/components/provider-shortcomings";
import { ProviderPage } from "@/features/providers/components/provider-page";

/** One provider in the register (/anordnare/:id), with its shortcomings under §7.6 below its details. */
export function ProviderRoute() {
  const { providerId = "" } = useParams();
  return (
    <div className="kv-stack">
      <ProviderPage key={providerId} providerId={providerId} />
      <ProviderShortcomings key={`shortcomings-${providerId}`} providerId={providerId} />
    </div>
  );
}

/** One provider's shortcomings for the supervisor and the coordinator (/tillsyn/:id). */
export function OversightRoute() {
  const { providerId = "" } = useParams();
  return <OversightPage key={providerId} providerId={providerId} />;
}
