import { Button, Checkbox, Fieldset, Textfield } from "@digdir/designsystemet-react";
import { useState, type FormEvent } from "react";
import { FormError } from "@/shared/components/form-error";
import { useErrorMessage } from "@/shared/components/query-state";
import { useFormErrors } from "@/shared/hooks/use-form-errors";
import { useI18n } from "@/shared/i18n/i18n";
import { languageName } from "@/shared/lib/languages";
import { useProposeProfile } from "../api/propose-profile";
import { COMMON_LANGUAGES, inputFrom, invalidLanguageCodes, type ProfileDraft } from "../lib/profile-draft";

const FIELDS = ["description", "languages", "industries", "specialisations", "target_groups", "website"] as const;
const DESCRIPTION_MAX = 4000;
const WEBSITE = /^https:\/\/\S+$/;

/**
 * The provider administrator's proposal for the public profile. Lists are typed with commas; languages are
 * ticked (or typed as ISO codes) so that the comparison can name them in the reader's language.
 */
export function ProfileForm({ providerId, initial, onSent }: { providerId: string; initial: ProfileDraft; onSent: () => void }) {
  const { t, language } = useI18n();
  const messageOf = useErrorMessage();
  const mutation = useProposeProfile(providerId);
  const [draft, setDraft] = useState(initial);
  const [attempt, setAttempt] = useState(0);
  const { errorOf, validate, hasOwnErrors } = useFormErrors(FIELDS, mutation.error);
  const set = <K extends keyof ProfileDraft>(key: K, value: ProfileDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    setAttempt((n) => n + 1);
    mutation.reset();
    const badCodes = invalidLanguageCodes(draft.otherLanguages);
    const ok = validate({
      description:
        (!draft.description.trim() && t("profiles.form.descriptionMissing")) ||
        (draft.description.length > DESCRIPTION_MAX && t("profiles.form.descriptionTooLong", { max: DESCRIPTION_MAX })),
      languages:
        (badCodes.length > 0 && t("profiles.form.languageCodes", { codes: badCodes.join(", ") })) ||
        (inputFrom(draft).languages.length === 0 && t("profiles.form.languagesMissing")),
      website: !!draft.website.trim() && !WEBSITE.test(draft.website.trim()) && t("profiles.form.websiteFormat"),
    });
    if (!ok) return;
    mutation.mutate(inputFrom(draft), { onSuccess: onSent });
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="kv-stack kv-form" data-testid="profile-form">
      {hasOwnErrors ? (
        <FormError attempt={attempt}>{t("form.fixMarked")}</FormError>
      ) : mutation.error ? (
        <FormError attempt={attempt}>{messageOf(mutation.error)}</FormError>
      ) : null}
      <Textfield maxLength={4000}
        multiline
        rows={6}
        label={t("profiles.description")}
        description={t("profiles.form.descriptionHelp")}
        value={draft.description}
        onChange={(event) => set("description", event.target.value)}
        error={errorOf("description")}
      />
      <Fieldset>
        <Fieldset.Legend>{t("profiles.languages")}</Fieldset.Legend>
        <Fieldset.Description>{t("profiles.form.languagesHelp")}</Fieldset.Description>
        <div className="kv-checkbox-columns">
          {COMMON_LANGUAGES.map((code) => (
            <Checkbox
              key={code}
              label={languageName(code, language)}
              checked={draft.languages.includes(code)}
              onChange={(event) =>
                set("languages", event.target.checked ? [...draft.languages, code] : draft.languages.filter((c) => c !== code))
              }
            />
          ))}
        </div>
        <Textfield
          label={t("profiles.form.otherLanguages")}
          description={t("profiles.form.otherLanguagesHelp")}
          value={draft.otherLanguages}
          onChange={(event) => set("otherLanguages", event.target.value)}
          error={errorOf("languages")}
          autoComplete="off"
        />
      </Fieldset>
      <Textfield
        label={t("profiles.industries")}
        description={t("profiles.form.listHelp")}
        value={draft.industries}
        onChange={(event) => set("industries", event.target.value)}
        error={errorOf("industries")}
      />
      <Textfield
        label={t("profiles.specialisations")}
        description={t("profiles.form.listHelp")}
        value={draft.specialisations}
        onChange={(event) => set("specialisations", event.target.value)}
        error={errorOf("specialisations")}
      />
      <Textfield
        label={t("profiles.targetGroups")}
        description={t("profiles.form.listHelp")}
        value={draft.target_groups}
        onChange={(event) => set("target_groups", event.target.value)}
        error={errorOf("target_groups")}
      />
      <Fieldset>
        <Fieldset.Legend>{t("profiles.form.howLegend")}</Fieldset.Legend>
        <Checkbox label={t("profiles.onSite")} checked={draft.on_site} onChange={(event) => set("on_site", event.target.checked)} />
        <Checkbox label={t("profiles.remote")} checked={draft.remote} onChange={(event) => set("remote", event.target.checked)} />
        <Checkbox
          label={t("profiles.groupActivities")}
          checked={draft.group_activities}
          onChange={(event) => set("group_activities", event.target.checked)}
        />
      </Fieldset>
      <Textfield maxLength={300}
        type="url"
        label={t("profiles.website")}
        description={t("profiles.form.websiteHelp")}
        value={draft.website}
        onChange={(event) => set("website", event.target.value)}
        error={errorOf("website")}
        autoComplete="url"
      />
      <div>
        <Button type="submit" loading={mutation.isPending}>
          {t("profiles.form.submit")}
        </Button>
      </div>
    </form>
  );
}
