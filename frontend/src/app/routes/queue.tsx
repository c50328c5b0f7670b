import { Link, Paragraph } from "@digdir/designsystemet-react";
import { useRef, useState } from "react";
import { Link as RouterLink, useNavigate } from "react-router";
import { useMe } from "@/features/auth/api/get-me";
import { ProviderQueue } from "@/features/cases/components/provider-queue";
import { useProviderStaff } from "@/features/providers/api/get-provider-staff";
import { PageHeading } from "@/shared/components/page-heading";
import { StatusMessage } from "@/shared/components/status-message";
import { useDocumentTitle } from "@/shared/hooks/use-document-title";
import type { FlashState } from "@/shared/hooks/use-flash-message";
import { useI18n } from "@/shared/i18n/i18n";
import { knownRoles } from "@/shared/roles";

/** The provider's queue (/ko). */
export function QueueRoute() {
  const { t } = useI18n();
  useDocumentTitle(t("queue.title"));
  return (
    <div className="kv-stack" data-testid="queue-page">
      <PageHeading>{t("queue.title")}</PageHeading>
      <Paragraph>{t("queue.intro")}</Paragraph>
      <QueueContent />
    </div>
  );
}

/** The queue with claim and hand-back; a claim opens the case. Also on the administrator's start page. */
export function QueueContent() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const roles = knownRoles(me?.roles ?? []);
  const staff = useProviderStaff(me?.provider_id, { enabled: roles.includes("provider_admin") });
  const [message, setMessage] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  return (
    <>
      <StatusMessage message={message} ref={statusRef} testId="queue-message" />
      <ProviderQueue
        viewer={{ id: me?.id ?? "", roles }}
        staff={staff.data?.items}
        onClaimed={(caseId) =>
          navigate(`/arenden/${caseId}`, { state: { message: t("caseAction.claim.done") } satisfies FlashState })
        }
        onHandedBack={(text) => {
          setMessage(text);
          statusRef.current?.focus();
        }}
      />
    </>
  );
}

/** A link to the queue, for the coach's start page. */
export function QueueLink() {
  const { t } = useI18n();
  return (
    <Paragraph>
      <Link asChild>
        <RouterLink to="/ko">{t("start.provider_staff.queueLink")}</RouterLink>
      </Link>
    </Paragraph>
  );
}
