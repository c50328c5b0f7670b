import {
  Alert,
  Checkbox,
  Field,
  Heading,
  Input,
  Label,
  Paragraph,
  Textarea,
  Textfield,
  ValidationMessage,
} from "@digdir/designsystemet-react";
import { useI18n } from "@/shared/i18n/i18n";
import { answerable, type AbsenceLine, type ReportSection, type SectionState } from "../lib/report-form";
import { sectionHelp, sectionTitle } from "../lib/report-vocabulary";
import { ActivitiesEditor } from "./activities-editor";
import { MonthAbsences } from "./month-absences";

type SectionEditorProps = {
  section: ReportSection;
  value: SectionState;
  onChange: (patch: Partial<SectionState>) => void;
  /** Why the section is marked (the server's or the form's check), in words. */
  problem?: string;
  /** The reviewer's comment on this section from the last return. */
  comment?: string;
  /** Hours a week the activities should add up to. */
  planned: number;
  /** The month's absences from the register (absence sections). */
  absences?: { lines: readonly AbsenceLine[]; pending: boolean; registerHref?: string };
};

/**
 * One section of the report form, by its type: text, activities, a date, or the month's absences
 * with an optional comment. Every section but the absences may be marked "Ej aktuellt", which
 * asks for a short reason instead of the answer.
 */
export function SectionEditor({ section, value, onChange, problem, comment, planned, absences }: SectionEditorProps) {
  const { t, language } = useI18n();
  const title = sectionTitle(section, language);
  const help = sectionHelp(section, language);
  const id = `section-${section.key}`;
  const notApplicable = value.notApplicable && answerable(section);
  // The reviewer's comment also describes the field, so it is read with it.
  const commentAlert = comment ? (
    <Alert data-color="warning" data-field="description" data-testid="section-comment">
      <strong>{t("reports.sectionComment")}:</strong> <span className="kv-pre">{comment}</span>
    </Alert>
  ) : null;

  function body() {
    if (notApplicable) {
      return (
        <>
          <Heading level={2} data-size="xs">
            {title}
          </Heading>
          <Paragraph className="kv-muted">{help}</Paragraph>
          {commentAlert}
        </>
      );
    }
    switch (section.type) {
      case "activities":
        return (
          <ActivitiesEditor
            id={id}
            title={title}
            help={help}
            rows={value.activities}
            planned={planned}
            error={problem}
            comment={commentAlert}
            onChange={(activities) => onChange({ activities })}
          />
        );
      case "absence":
        return (
          <>
            <Heading level={2} data-size="xs">
              {title}
            </Heading>
            <Paragraph className="kv-muted">{help}</Paragraph>
            {absences &&
              (absences.pending ? (
                <Paragraph data-size="sm">{t("app.loading")}</Paragraph>
              ) : (
                <MonthAbsences lines={absences.lines} registerHref={absences.registerHref} />
              ))}
            <Field>
              <Label>{t("reports.absence.comment")}</Label>
              <Field.Description>{t("form.optional")}</Field.Description>
              {commentAlert}
              <Textarea
                maxLength={20000}
                rows={3}
                value={value.text}
                onChange={(event) => onChange({ text: event.target.value })}
              />
              {problem && <ValidationMessage>{problem}</ValidationMessage>}
            </Field>
          </>
        );
      default:
        return (
          <Field>
            <Heading level={2} data-size="xs">
              <Label>{title}</Label>
            </Heading>
            <Field.Description className="kv-muted">{help}</Field.Description>
            {commentAlert}
            {section.type === "date" ? (
              <Input type="date" value={value.date} onChange={(event) => onChange({ date: event.target.value })} />
            ) : (
              <Textarea
                maxLength={20000}
                rows={5}
                value={value.text}
                onChange={(event) => onChange({ text: event.target.value })}
              />
            )}
            {problem && <ValidationMessage>{problem}</ValidationMessage>}
          </Field>
        );
    }
  }

  return (
    <section
      className="kv-report-section kv-stack kv-stack--tight"
      id={id}
      tabIndex={-1}
      data-testid="report-section"
      data-section={section.key}
      data-invalid={problem ? true : undefined}
    >
      {body()}
      {answerable(section) && (
        <Checkbox
          label={
            <>
              {t("reports.notApplicable")}
              <span className="ds-sr-only">: {title}</span>
            </>
          }
          checked={value.notApplicable}
          onChange={(event) => onChange({ notApplicable: event.target.checked })}
        />
      )}
      {notApplicable && (
        <Textfield
          maxLength={500}
          label={
            <>
              {t("reports.notApplicableReason")}
              <span className="ds-sr-only">: {title}</span>
            </>
          }
          description={t("reports.notApplicableReasonHelp")}
          required
          value={value.reason}
          onChange={(event) => onChange({ reason: event.target.value })}
          error={problem}
        />
      )}
    </section>
  );
}
