import {
  Button,
  Field,
  Heading,
  Label,
  Link,
  Paragraph,
  Tag,
  Textfield,
  ValidationMessage,
} from "@digdir/designsystemet-react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { isApiError } from "@/shared/api/api-error";
import type { Case } from "@/shared/api/types";
import { FormError } from "@/shared/components/form-error";
import { ErrorAlert, Loading, useErrorMessage } from "@/shared/components/query-state";
import { useFormErrors } from "@/shared/hooks/use-form-errors";
import { useI18n } from "@/shared/i18n/i18n";
import { formatDateTime } from "@/shared/lib/format";
import { attachmentUrl, useConversation, type ThreadItem } from "../api/get-conversation";
import { useMarkConversationRead } from "../api/mark-conversation-read";
import { usePostToConversation } from "../api/post-to-conversation";

const FIELDS = ["text", "file"] as const;
// The server's limit (domain/conversations/schemas.py MAX_TEXT); the field stops typing there.
const MAX_TEXT = 4000;

/**
 * The case's conversation: the posts of the counsellor's and the provider's side and the system's own
 * events, oldest first, with what is new to the reader marked; then the form to write (text, and
 * optionally one file). Reading the thread marks it read, so the inbox's count falls. Nothing shows for a
 * reader the thread is not open to (a provider before the claim: the server answers 404).
 */
export function CaseConversation({ item }: { item: Case }) {
  const { t } = useI18n();
  const query = useConversation(item.id);
  const markRead = useMarkConversationRead(item.id);
  const marked = useRef(false);
  const loaded = query.isSuccess;
  useEffect(() => {
    if (loaded && !marked.current) {
      marked.current = true;
      markRead.mutate();
    }
  }, [loaded, markRead]);

  if (query.isPending) return <Loading />;
  if (query.isError) return isApiError(query.error, 404) ? null : <ErrorAlert error={query.error} />;
  const { items, unread, can_post } = query.data;
  const firstUnread = items.findIndex((entry) => entry.unread);
  return (
    <section className="kv-stack" aria-labelledby="conversation-heading" data-testid="conversation">
      <Heading level={2} data-size="sm" id="conversation-heading">
        {t("conversation.title")}
      </Heading>
      <Paragraph data-testid="conversation-unread" role="status">
        {unread === 0 ? t("conversation.noUnread") : t("conversation.unread", { count: unread })}
      </Paragraph>
      {items.length === 0 ? (
        <Paragraph>{t("conversation.empty")}</Paragraph>
      ) : (
        <ol className="kv-thread" aria-label={t("conversation.listLabel")}>
          {items.map((entry, index) => (
            <ThreadLine key={entry.id} caseId={item.id} entry={entry} firstNew={index === firstUnread} />
          ))}
        </ol>
      )}
      {can_post && <PostForm caseId={item.id} />}
    </section>
  );
}

function ThreadLine({ caseId, entry, firstNew }: { caseId: string; entry: ThreadItem; firstNew: boolean }) {
  const { t } = useI18n();
  const time = <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>;
  if (entry.type !== "post") {
    return (
      <li className="kv-thread__event" data-testid="thread-event" data-action={entry.action ?? ""}>
        <Paragraph data-size="sm" className="kv-muted">
          {time}
          {entry.author_name ? ` · ${entry.author_name}` : ""} · {entry.text}
        </Paragraph>
      </li>
    );
  }
  return (
    <li
      className={entry.mine ? "kv-thread__post kv-thread__post--mine" : "kv-thread__post"}
      data-testid="thread-post"
      data-unread={entry.unread}
    >
      {firstNew && (
        <Paragraph data-size="sm" className="kv-thread__new">
          {t("conversation.newSince")}
        </Paragraph>
      )}
      <div className="kv-message__head">
        <Heading level={3} data-size="2xs">
          {entry.mine ? t("conversation.you") : (entry.author_name ?? t("conversation.someone"))}
        </Heading>
        {entry.unread && <Tag data-color="warning">{t("conversation.newTag")}</Tag>}
      </div>
      <Paragraph data-size="sm" className="kv-muted">
        {time}
      </Paragraph>
      <Paragraph className="kv-pre">{entry.text}</Paragraph>
      {entry.attachment && (
        <Paragraph data-size="sm">
          <Link href={attachmentUrl(caseId, entry.id)} download={entry.attachment.filename}>
            {t("conversation.attachment", { name: entry.attachment.filename })}
          </Link>
        </Paragraph>
      )}
    </li>
  );
}

function PostForm({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const messageOf = useErrorMessage();
  const mutation = usePostToConversation(caseId);
  const [text, setText] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [attempt, setAttempt] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const { errorOf, validate, hasOwnErrors } = useFormErrors(FIELDS, mutation.error);
  // A file too large or of the wrong type: the server's own words, next to the file field.
  const fileRefused = isApiError(mutation.error, 413) || isApiError(mutation.error, 415);
  const fileError = fileRefused ? messageOf(mutation.error) : errorOf("file");
  const textError =
    errorOf("text") && isApiError(mutation.error, 422) && !hasOwnErrors ? messageOf(mutation.error) : errorOf("text");

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    setAttempt((n) => n + 1);
    mutation.reset();
    if (!validate({ text: !text.trim() && t("conversation.textMissing") })) return;
    mutation.mutate(
      { text: text.trim(), file },
      {
        onSuccess: () => {
          setText("");
          setFile(null);
          if (fileInput.current) fileInput.current.value = "";
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="kv-action kv-stack" data-testid="conversation-form">
      <Heading level={3} data-size="xs">
        {t("conversation.write")}
      </Heading>
      {hasOwnErrors || fileRefused || textError ? (
        <FormError attempt={attempt}>{t("form.fixMarked")}</FormError>
      ) : mutation.error ? (
        <FormError attempt={attempt}>{messageOf(mutation.error)}</FormError>
      ) : null}
      {mutation.isSuccess && (
        <Paragraph role="status" data-testid="conversation-sent">
          {t("conversation.sent")}
        </Paragraph>
      )}
      <Textfield
        multiline
        rows={4}
        maxLength={MAX_TEXT}
        label={t("conversation.text")}
        value={text}
        onChange={(event) => setText(event.target.value)}
        error={textError}
        data-testid="conversation-text"
      />
      <Field>
        <Label>{t("conversation.file")}</Label>
        <Field.Description>{t("conversation.fileHelp")}</Field.Description>
        <input
          ref={fileInput}
          type="file"
          className="kv-file-input"
          data-testid="conversation-file"
          aria-invalid={fileError ? true : undefined}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          disabled={mutation.isPending}
        />
        {fileError && <ValidationMessage>{fileError}</ValidationMessage>}
      </Field>
      <div>
        <Button type="submit" loading={mutation.isPending}>
          {t("conversation.send")}
        </Button>
      </div>
    </form>
  );
}
