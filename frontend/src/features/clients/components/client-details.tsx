import type { Client } from "@/shared/api/types";
import { Facts } from "@/shared/components/facts";
import { useI18n } from "@/shared/i18n/i18n";
import { formatPersonalNumber } from "@/shared/lib/format";
import { languageName } from "@/shared/lib/languages";

/** What is known about a client; with protected identity others than the owner see only the reference. */
export function ClientDetails({ client }: { client: Client }) {
  const { t, language } = useI18n();
  const yesNo = (value: boolean) => (value ? t("form.yes") : t("form.no"));
  const groups = [
    client.social_assistance && t("client.socialAssistance"),
    client.establishment_programme && t("client.establishmentProgramme"),
    client.language_obstacle && t("client.languageObstacle"),
  ].filter(Boolean);
  return (
    <Facts
      testId="client-details"
      rows={[
        [t("client.personalNumber"), formatPersonalNumber(client.personal_number) || t("client.protected")],
        [t("client.reference"), client.reference],
        [t("client.email"), client.email],
        [t("client.phone"), client.phone],
        [t("client.language"), client.language && languageName(client.language, language)],
        [t("client.district"), client.district],
        [t("client.protectedIdentity"), yesNo(client.protected_identity)],
        [t("client.targetGroups"), groups.length ? groups.join(", ") : t("client.noTargetGroup")],
      ]}
    />
  );
}
