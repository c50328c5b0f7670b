import { Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { useRef, useState } from "react";
import { TableScroll } from "@/shared/components/table-scroll";
import { PageHeading } from "@/shared/components/page-heading";
import { ErrorAlert, Loading } from "@/shared/components/query-state";
import { StatusMessage } from "@/shared/components/status-message";
import { useDocumentTitle } from "@/shared/hooks/use-document-title";
import { useI18n } from "@/shared/i18n/i18n";
import { formatDateTime } from "@/shared/lib/format";
import { usePendingProfiles } from "../api/get-pending-profiles";
import { useProviderProfiles, type Profile } from "../api/get-provider-profiles";
import { changedFields, PROFILE_FIELDS } from "../lib/profile-draft";
import { DecisionForm } from "./decision-form";
import { PROFILE_FIELD_LABELS, useProfileValue } from "./profile-values";
import "./profiles.css";

/**
 * "Profiler att godkänna" (/profiler): each proposal next to what the public sees now, changed fields
 * marked in words, and the coordinator's approval or rejection with a comment.
 */
export function PendingProfilesPage() {
  const { t } = useI18n();
  useDocumentTitle(t("profiles.pending.title"));
  const query = usePendingProfiles();
  const [message, setMessage] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  return (
    <div className="kv-stack" data-testid="pending-profiles-page">
      <PageHeading>{t("profiles.pending.title")}</PageHeading>
      <Paragraph>{t("profiles.pending.intro")}</Paragraph>
      <StatusMessage message={message} ref={statusRef} testId="profiles-message" />
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : query.data.items.length === 0 ? (
        <Paragraph data-testid="no-pending-profiles">{t("profiles.pending.empty")}</Paragraph>
      ) : (
        query.data.items.map((proposal) => (
          <PendingProfile
            key={proposal.id}
            proposal={proposal}
            onDecided={(text) => {
              setMessage(text);
              statusRef.current?.focus();
            }}
          />
        ))
      )}
    </div>
  );
}

function PendingProfile({ proposal, onDecided }: { proposal: Profile; onDecided: (message: string) => void }) {
  const { t } = useI18n();
  const current = useProviderProfiles(proposal.provider_id);
  const headingId = `proposal-${proposal.id}`;
  return (
    <section className="kv-section kv-stack" aria-labelledby={headingId} data-testid="pending-profile">
      <Heading level={2} data-size="sm" id={headingId}>
        {proposal.provider_name}
      </Heading>
      <Paragraph data-size="sm" className="kv-muted">
        {t("profiles.pending.submitted", { date: formatDateTime(proposal.submitted_at) })}
      </Paragraph>
      {current.isPending ? (
        <Loading />
      ) : current.isError ? (
        <ErrorAlert error={current.error} />
      ) : (
        <ProfileDiff published={current.data.published} proposal={proposal} />
      )}
      <DecisionForm proposal={proposal} onDecided={onDecided} />
    </section>
  );
}

function ProfileDiff({ published, proposal }: { published: Profile | null; proposal: Profile }) {
  const { t } = useI18n();
  const valueOf = useProfileValue();
  const changed = changedFields(published, proposal);
  return (
    <TableScroll labelledBy={`profile-diff-${proposal.id}`}>
      <Table zebra data-testid="profile-diff">
        <caption id={`profile-diff-${proposal.id}`}>
          {t("profiles.pending.caption", { provider: proposal.provider_name, count: changed.size })}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t("profiles.pending.field")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("profiles.pending.publishedNow")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("profiles.pending.proposed")}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {PROFILE_FIELDS.map((field) => (
            <Table.Row key={field} data-changed={changed.has(field) || undefined}>
              <Table.HeaderCell scope="row">
                {t(PROFILE_FIELD_LABELS[field])}
                {/* Changed is said in words; the bold text only repeats it. */}
                {changed.has(field) && <span className="kv-changed"> ({t("profiles.pending.changed")})</span>}
              </Table.HeaderCell>
              <Table.Cell>{valueOf(published, field)}</Table.Cell>
              <Table.Cell className={changed.has(field) ? "kv-changed" : undefined}>
                {valueOf(proposal, field)}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
