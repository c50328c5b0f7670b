import { Alert, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { useRef, useState } from "react";
import { Link as RouterLink } from "react-router";
import { Facts } from "@/shared/components/facts";
import { PageHeading } from "@/shared/components/page-heading";
import { ErrorAlert, Loading } from "@/shared/components/query-state";
import { StatusMessage } from "@/shared/components/status-message";
import { useDocumentTitle } from "@/shared/hooks/use-document-title";
import { useI18n } from "@/shared/i18n/i18n";
import { formatDateTime } from "@/shared/lib/format";
import { useProviderProfiles, type ProviderProfiles } from "../api/get-provider-profiles";
import { draftFrom } from "../lib/profile-draft";
import { ProfileForm } from "./profile-form";
import "./profiles.css";

/**
 * "Vår profil" (/profil): the provider administrator sees what the public comparison shows now, what waits
 * for the coordinator and why the last proposal was rejected, and proposes a change.
 */
export function OurProfilePage({ providerId }: { providerId: string }) {
  const { t } = useI18n();
  useDocumentTitle(t("profiles.our.title"));
  const query = useProviderProfiles(providerId);
  const [message, setMessage] = useState<string | null>(null);
  const [sent, setSent] = useState(0);
  const statusRef = useRef<HTMLDivElement>(null);
  return (
    <div className="kv-stack" data-testid="our-profile-page">
      <PageHeading>{t("profiles.our.title")}</PageHeading>
      <Paragraph>{t("profiles.our.intro")}</Paragraph>
      <StatusMessage message={message} ref={statusRef} testId="profile-message" />
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : (
        <>
          <ProfileState profiles={query.data} providerId={providerId} />
          <section className="kv-section kv-stack">
            <Heading level={2} data-size="sm" id="profile-form-heading">
              {t("profiles.our.formHeading")}
            </Heading>
            <ProfileForm
              // A fresh form from the saved proposal after each send.
              key={sent}
              providerId={providerId}
              initial={draftFrom(query.data.pending ?? query.data.published)}
              onSent={() => {
                setSent((n) => n + 1);
                setMessage(t("profiles.our.sent"));
                statusRef.current?.focus();
              }}
            />
          </section>
        </>
      )}
    </div>
  );
}

function ProfileState({ profiles, providerId }: { profiles: ProviderProfiles; providerId: string }) {
  const { t } = useI18n();
  const { published, pending, last_rejected: rejected } = profiles;
  // A rejection older than the published profile has been dealt with.
  const showRejection = rejected && (!published?.decided_at || (rejected.decided_at ?? "") > published.decided_at);
  return (
    <section className="kv-section kv-stack">
      <Heading level={2} data-size="sm" id="profile-state-heading">
        {t("profiles.our.stateHeading")}
      </Heading>
      {showRejection && (
        <Alert data-color="warning" data-testid="profile-rejected">
          <Heading level={3} data-size="2xs">
            {t("profiles.our.rejected", { date: formatDateTime(rejected.decided_at) })}
          </Heading>
          <Paragraph className="kv-pre">
            {t("profiles.our.rejectedComment")} {rejected.decision_comment}
          </Paragraph>
        </Alert>
      )}
      <Facts
        testId="profile-state"
        rows={[
          [
            t("profiles.our.published"),
            published ? (
              <>
                {t("profiles.our.approvedAt", { date: formatDateTime(published.decided_at) })}{" "}
                <Link asChild>
                  <RouterLink to={`/jamfor/${providerId}`}>{t("profiles.our.seePublic")}</RouterLink>
                </Link>
              </>
            ) : (
              t("profiles.our.noPublished")
            ),
          ],
          [
            t("profiles.our.pending"),
            pending
              ? t("profiles.our.pendingSince", { date: formatDateTime(pending.submitted_at) })
              : t("profiles.our.noPending"),
          ],
        ]}
      />
    </section>
  );
}
