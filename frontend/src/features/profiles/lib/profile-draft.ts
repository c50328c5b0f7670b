import type { Profile } from "../api/get-provider-profiles";
import type { ProfileInput } from "../api/propose-profile";

/**
 * Languages offered as checkboxes: Swedish and English, and those most spoken by the programme's clients.
 * Others are typed as ISO 639 codes. The public comparison names every code in the reader's language.
 */
export const COMMON_LANGUAGES = ["sv", "en", "ar", "so", "ti", "am", "fa", "prs", "ku", "tr", "bs", "pl", "ru", "uk", "es", "fr"];

/** The form's state: lists as typed text ("Bygg, Transport"), languages split into checked and other. */
export type ProfileDraft = {
  description: string;
  languages: string[];
  otherLanguages: string;
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

const LANGUAGE_CODE = /^[a-z]{2,3}$/;

/** The typed codes that are not ISO 639 codes (two or three letters), to point out before sending. */
export function invalidLanguageCodes(text: string): string[] {
  return parseList(text.toLowerCase()).filter((code) => !LANGUAGE_CODE.test(code));
}

/** The form filled from the newest proposal or the published profile; empty for a provider without one. */
export function draftFrom(profile: Profile | null | undefined): ProfileDraft {
  const languages = profile?.languages ?? [];
  return {
    description: profile?.description ?? "",
    languages: languages.filter((code) => COMMON_LANGUAGES.includes(code)),
    otherLanguages: languages.filter((code) => !COMMON_LANGUAGES.includes(code)).join(", "),
    industries: (profile?.industries ?? []).join(", "),
    specialisations: (profile?.specialisations ?? []).join(", "),
    target_groups: (profile?.target_groups ?? []).join(", "),
    group_activities: profile?.group_activities ?? false,
    remote: profile?.remote ?? false,
    on_site: profile?.on_site ?? true,
    website: profile?.website ?? "",
  };
}

/** What is sent: the checked languages in the checkbox order, then the typed ones. */
export function inputFrom(draft: ProfileDraft): Required<ProfileInput> {
  const checked = COMMON_LANGUAGES.filter((code) => draft.languages.includes(code));
  const other = parseList(draft.otherLanguages.toLowerCase()).filter((code) => !checked.includes(code));
  return {
    description: draft.description.trim(),
    languages: [...checked, ...other],
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
