import { Button, Paragraph } from "@digdir/designsystemet-react";
import { useState } from "react";
import type { Case } from "@/shared/api/types";
import { useI18n } from "@/shared/i18n/i18n";
import { formatDateTime } from "@/shared/lib/format";
import { useIssueChoiceCode } from "../api/issue-choice-code";
import { ActionForm } from "./action-form";

/**
 * Step 2: a code for the client to choose a provider in the public comparison (/jamfor). The code is shown
 * once, with its expiry, to read out or copy into a letter; the client's choice then shows in the queue form.
 */
export function ChoiceCodeForm({ item }: { item: Case }) {
  const { t } = useI18n();
  const mutation = useIssueChoiceCode(item.id);
  const [attempt, setAttempt] = useState(0);
  const [copied, setCopied] = useState(false);
  const issued = mutation.data;

  function submit() {
    setAttempt((n) => n + 1);
    setCopied(false);
    mutation.mutate();
  }

  async function copy(code: string) {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
    } catch {
      // No clipboard (insecure context or denied): the code is on screen to copy by hand.
      setCopied(false);
    }
  }

  return (
    <ActionForm
      title={t("caseAction.choiceCode.title")}
      submitLabel={issued ? t("caseAction.choiceCode.again") : t("caseAction.choiceCode.submit")}
      pending={mutation.isPending}
      error={mutation.error}
      attempt={attempt}
      onSubmit={submit}
      testId="action-choice-code"
    >
      <Paragraph>{t("caseAction.choiceCode.intro", { address: `${window.location.origin}/jamfor` })}</Paragraph>
      {item.chosen_provider_name && <Paragraph>{t("caseAction.choiceCode.chosenNote")}</Paragraph>}
      {issued && (
        // A live region, so the new code is read out where it appears.
        <div role="status" className="kv-stack kv-stack--tight" data-testid="choice-code">
          <Paragraph data-size="lg">
            {t("caseAction.choiceCode.code")}{" "}
            <strong className="kv-number" data-testid="choice-code-value">
              {issued.code}
            </strong>
          </Paragraph>
          <Paragraph data-size="sm">
            {t("caseAction.choiceCode.expires", { date: formatDateTime(issued.expires_at) })}{" "}
            {t("caseAction.choiceCode.once")}
          </Paragraph>
          <div className="kv-row-actions">
            <Button type="button" variant="secondary" data-size="sm" onClick={() => void copy(issued.code)}>
              {copied ? t("caseAction.choiceCode.copied") : t("caseAction.choiceCode.copy")}
            </Button>
          </div>
        </div>
      )}
    </ActionForm>
  );
}
