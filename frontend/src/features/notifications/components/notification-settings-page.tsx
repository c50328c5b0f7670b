import { Button, Fieldset, Paragraph, Radio } from "@digdir/designsystemet-react";
import { useRef, useState, type FormEvent } from "react";
import type { OkJson } from "@/shared/api/types";
import { FormError } from "@/shared/components/form-error";
import { PageHeading } from "@/shared/components/page-heading";
import { ErrorAlert, Loading, useErrorMessage } from "@/shared/components/query-state";
import { StatusMessage } from "@/shared/components/status-message";
import { useDocumentTitle } from "@/shared/hooks/use-document-title";
import { useI18n } from "@/shared/i18n/i18n";
import { useNotificationSettings } from "../api/get-notification-settings";
import { useUpdateNotificationSettings } from "../api/update-notification-settings";

type Settings = OkJson<"/api/me/notification-settings", "get">;
type Setting = Settings["choices"][number];

/** Every signed-in person's mail choices (/installningar): per group, at once, in the digest or not at all. */
export function NotificationSettingsPage() {
  const { t } = useI18n();
  useDocumentTitle(t("notifications.title"));
  const query = useNotificationSettings();
  return (
    <div className="kv-stack" data-testid="notification-settings-page">
      <PageHeading>{t("notifications.title")}</PageHeading>
      <Paragraph>{t("notifications.intro")}</Paragraph>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : (
        <NotificationSettingsForm settings={query.data} />
      )}
    </div>
  );
}

function NotificationSettingsForm({ settings }: { settings: Settings }) {
  const { t } = useI18n();
  const messageOf = useErrorMessage();
  const mutation = useUpdateNotificationSettings();
  const [chosen, setChosen] = useState<Record<string, Setting["delivery"]>>(() =>
    Object.fromEntries(settings.choices.map((item) => [item.group, item.delivery])),
  );
  const [attempt, setAttempt] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    setAttempt((n) => n + 1);
    setMessage(null);
    mutation.mutate(
      {
        choices: settings.choices.map((item) => ({
          group: item.group,
          delivery: chosen[item.group] ?? item.delivery,
        })),
      },
      {
        onSuccess: () => {
          setMessage(t("notifications.saved"));
          statusRef.current?.focus();
        },
      },
    );
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="kv-stack kv-form" data-testid="notification-settings-form">
      <Paragraph data-testid="notification-email">
        {settings.email ? t("notifications.email", { email: settings.email }) : t("notifications.noEmail")}
      </Paragraph>
      {settings.shared_mailbox && <Paragraph>{t("notifications.sharedMailbox")}</Paragraph>}
      {mutation.error && <FormError attempt={attempt}>{messageOf(mutation.error)}</FormError>}
      {settings.choices.map((item) => (
        <Fieldset key={item.group} data-testid={`notification-group-${item.group}`}>
          <Fieldset.Legend>{t(`notifications.group.${item.group}`)}</Fieldset.Legend>
          <Fieldset.Description>{t(`notifications.describe.${item.group}`)}</Fieldset.Description>
          {item.allowed.map((delivery) => (
            <Radio
              key={delivery}
              name={`notification-${item.group}`}
              value={delivery}
              label={
                delivery === item.default
                  ? `${t(`notifications.delivery.${delivery}`)} ${t("notifications.default")}`
                  : t(`notifications.delivery.${delivery}`)
              }
              checked={(chosen[item.group] ?? item.delivery) === delivery}
              onChange={() => setChosen((current) => ({ ...current, [item.group]: delivery }))}
            />
          ))}
        </Fieldset>
      ))}
      <div>
        <Button type="submit" loading={mutation.isPending}>
          {t("notifications.save")}
        </Button>
      </div>
      <StatusMessage message={message} ref={statusRef} testId="notification-settings-message" />
    </form>
  );
}
