import type { ReactNode } from "react";
import { useI18n } from "@/shared/i18n/i18n";
import type { MessageKey } from "@/shared/i18n/words";
import { languageName } from "@/shared/lib/languages";
import type { Profile } from "../api/get-provider-profiles";
import type { ProfileField } from "../lib/profile-draft";

export const PROFILE_FIELD_LABELS: Record<ProfileField, MessageKey> = {
  description: "profiles.description",
  languages: "profiles.languages",
  industries: "profiles.industries",
  specialisations: "profiles.specialisations",
  target_groups: "profiles.targetGroups",
  group_activities: "profiles.groupActivities",
  remote: "profiles.remote",
  on_site: "profiles.onSite",
  website: "profiles.website",
};

/** One field of a profile as a reader sees it: language names, lists with commas, yes or no. */
export function useProfileValue() {
  const { t, language } = useI18n();
  return (profile: Pick<Profile, ProfileField> | null | undefined, field: ProfileField): ReactNode => {
    if (!profile) return <span className="kv-muted">–</span>;
    const value = profile[field];
    if (typeof value === "boolean") return value ? t("form.yes") : t("form.no");
    if (Array.isArray(value)) {
      const shown = field === "languages" ? value.map((code) => `${languageName(code, language)} (${code})`) : value;
      return shown.length ? shown.join(", ") : <span className="kv-muted">–</span>;
    }
    if (!value) return <span className="kv-muted">–</span>;
    return <span className="kv-pre">{value}</span>;
  };
}
