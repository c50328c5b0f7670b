import { Button, Checkbox, Fieldset, Textfield } from "@digdir/designsystemet-react";
import { useState, type FormEvent } from "react";
import { FormError } from "@/shared/components/form-error";
import { LanguagePicker } from "@/shared/components/language-picker";
import { useErrorMessage } from "@/shared/components/query-state";
import { useFormErrors } from "@/shared/hooks/use-form-errors";
import { useI18n } from "@/shared/i18n/i18n";
import { useProposeProfile } from "../api/propose-profile";
import { inputFrom, type ProfileDraft } from "../lib/profile-draft";

const FIELDS = ["description", "languages", "industries", "specialisations", "target_groups", "website"] as const;
const DESCRIPTION_MAX = 4000;
const WEBSITE = /^https:\/\/\S+$/;

/**
 * The provider administrator's proposal for the public profile. Lists are typed with commas; languages are
 * picked by name and stored as ISO codes, so that the comparison can name them in the reader's language.
 */
export function ProfileForm({
  providerId,
  initial,
  onSent,
}: {
  providerId: string;
  initial: ProfileDraft;
  onSent: () => void;
}) {
  const { t } = useI18n();
  const messageOf = useErrorMessage();
  const mutation = useProposeProfile(providerId);
  const [draft, setDraft] = useState(initial);
  const [attempt, setAttempt] = useState(0);
  const { errorOf, validate, hasOwnErrors } = useFormErrors(FIELDS, mutation.error);
  const set = <K extends keyof ProfileDraft>(key: K, value: ProfileDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    setAttempt((n) => n + 1);
    mutation.reset();
    const ok = validate({
      description:
        (!draft.description.trim() && t("profiles.form.descriptionMissing")) ||
        (draft.description.length > DESCRIPTION_MAX && t("profiles.form.descriptionTooLong", { max: DESCRIPTION_MAX })),
      languages: inputFrom(draft).languages.length === 0 && t("profiles.form.languagesMissing"),
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
      <Textfield
        maxLength={4000}
        multiline
        rows={6}
        label={t("profiles.description")}
        description={t("profiles.form.descriptionHelp")}
        value={draft.description}
        onChange={(event) => set("description", event.target.value)}
        error={errorOf("description")}
      />
      <LanguagePicker
        label={t("profiles.languages")}
        description={t("profiles.form.languagesHelp")}
        value={draft.languages}
        onChange={(languages) => set("languages", languages)}
        error={errorOf("languages")}
      />
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
        <Checkbox
          label={t("profiles.onSite")}
          checked={draft.on_site}
          onChange={(event) => set("on_site", event.target.checked)}
        />
        <Checkbox
          label={t("profiles.remote")}
          checked={draft.remote}
          onChange={(event) => set("remote", event.target.checked)}
        />
        <Checkbox
          label={t("profiles.groupActivities")}
          checked={draft.group_activities}
          onChange={(event) => set("group_activities", event.target.checked)}
        />
      </Fieldset>
      <Textfield
        maxLength={300}
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
