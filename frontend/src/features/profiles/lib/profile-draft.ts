import type { Profile } from "../api/get-provider-profiles";
import type { ProfileInput } from "../api/propose-profile";

/**
 * The form's state: lists as typed text ("Bygg, Transport"); languages as the ISO 639 codes picked by name
 * (the public comparison names every code in the reader's language).
 */
export type ProfileDraft = {
  description: string;
  languages: string[];
  industries: string;
  specialisations: string;
  target_groups: string;
  group_activities: boolean;
  remote: boolean;
  on_site: boolean;
  website: string;
};

/** "Bygg, Transport,, bygg" → ["Bygg", "Transport"]: commas or new lines, trimmed, each once (ignoring case). */
export function parseList(text: string): string[] {
  const seen = new Set<string>();
  const values: string[] = [];
  for (const part of text.split(/[,\n]/)) {
    const value = part.trim();
    if (value && !seen.has(value.toLocaleLowerCase("sv"))) {
      seen.add(value.toLocaleLowerCase("sv"));
      values.push(value);
    }
  }
  return values;
}

/** The form filled from the newest proposal or the published profile; empty for a provider without one. */
export function draftFrom(profile: Profile | null | undefined): ProfileDraft {
  return {
    description: profile?.description ?? "",
    languages: [...(profile?.languages ?? [])],
    industries: (profile?.industries ?? []).join(", "),
    specialisations: (profile?.specialisations ?? []).join(", "),
    target_groups: (profile?.target_groups ?? []).join(", "),
    group_activities: profile?.group_activities ?? false,
    remote: profile?.remote ?? false,
    on_site: profile?.on_site ?? true,
    website: profile?.website ?? "",
  };
}

/** What is sent: the languages in the order they were picked, each once. */
export function inputFrom(draft: ProfileDraft): Required<ProfileInput> {
  return {
    description: draft.description.trim(),
    languages: [...new Set(draft.languages)],
    industries: parseList(draft.industries),
    specialisations: parseList(draft.specialisations),
    target_groups: parseList(draft.target_groups),
    group_activities: draft.group_activities,
    remote: draft.remote,
    on_site: draft.on_site,
    website: draft.website.trim() || null,
  };
}

/** The profile fields in the order forms and comparisons show them. */
export const PROFILE_FIELDS = [
  "description",
  "languages",
  "industries",
  "specialisations",
  "target_groups",
  "group_activities",
  "remote",
  "on_site",
  "website",
] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

type ProfileValues = Pick<Profile, ProfileField>;

/** The fields whose value differs between the published profile and a proposal (all of them if none is published). */
export function changedFields(published: ProfileValues | null | undefined, proposed: ProfileValues): Set<ProfileField> {
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  return new Set(PROFILE_FIELDS.filter((field) => !published || !same(published[field], proposed[field])));
}
