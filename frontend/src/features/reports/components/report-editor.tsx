import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { FormError } from "@/shared/components/form-error";
import { useErrorMessage } from "@/shared/components/query-state";
import { useI18n } from "@/shared/i18n/i18n";
import { useMonthAbsences } from "../api/get-month-absences";
import type { Report } from "../api/get-report";
import { useSaveReportDraft } from "../api/save-report-draft";
import { useSubmitReport } from "../api/submit-report";
import {
  asReportContent,
  ownSectionProblems,
  sectionProblems,
  toContent,
  toFormState,
  type ReportContent,
  type ReportSection,
  type SectionProblem,
  type SectionState,
} from "../lib/report-form";
import { PROBLEM_LABELS, sectionTitle } from "../lib/report-vocabulary";
import { latestReturn } from "../lib/review-state";
import { useAutosave } from "../lib/use-autosave";
import { AutosaveStatus } from "./autosave-status";
import { SectionEditor } from "./section-editor";

type ReportEditorProps = {
  report: Report;
  sections: ReportSection[];
  /** Hours a week the activities should add up to. */
  planned: number;
  onSubmitted: (message: string) => void;
};

/**
 * The provider's report form: every section of the template, saved as a draft a second after typing
 * stops and when a field is left, and handed in with "Skicka in". A refused hand-in marks the
 * sections the server names; after a return, the reviewer's comments stand next to their sections.
 */
export function ReportEditor({ report, sections, planned, onSubmitted }: ReportEditorProps) {
  const { t, language } = useI18n();
  const messageOf = useErrorMessage();
  const save = useSaveReportDraft(report.id);
  const submit = useSubmitReport(report.id);
  const autosave = useAutosave((content: ReportContent) => save.mutateAsync(content));
  const [state, setState] = useState(() =>
    toFormState(sections, asReportContent(report.draft_content) ?? asReportContent(report.content)),
  );
  const [own, setOwn] = useState<Record<string, SectionProblem>>({});
  const [attempt, setAttempt] = useState(0);
  // Sections edited since the last hand-in lose their mark; the next hand-in checks them again.
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const changed = useRef(false);
  const returned = report.status === "returned" ? latestReturn(report) : undefined;
  const hasAbsence = sections.some((section) => section.type === "absence");
  const absences = useMonthAbsences(report.case_id, report.month, { enabled: hasAbsence });
  const fromServer = useMemo(() => sectionProblems(submit.error), [submit.error]);
  const problems: Record<string, SectionProblem> = Object.fromEntries(
    Object.entries({ ...fromServer, ...own }).filter(([key]) => !edited.has(key)),
  );
  const marked = sections.filter((section) => problems[section.key]);
  const { schedule } = autosave;

  useEffect(() => {
    if (changed.current) schedule(toContent(sections, state));
  }, [state, sections, schedule]);

  function update(key: string, patch: Partial<SectionState>) {
    changed.current = true;
    setEdited((keys) => (keys.has(key) ? keys : new Set(keys).add(key)));
    setState((current) => ({ ...current, [key]: { ...current[key]!, ...patch } }));
  }

  async function handIn(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submit.isPending) return;
    setAttempt((n) => n + 1);
    submit.reset();
    setEdited(new Set());
    const found = ownSectionProblems(sections, state);
    setOwn(found);
    if (Object.keys(found).length > 0) return;
    // Hand in exactly what is on screen.
    if (!(await autosave.flush())) return;
    submit.mutate(undefined, { onSuccess: () => onSubmitted(t("reports.submit.done")) });
  }

  function problemText(problem: SectionProblem | undefined): string | undefined {
    return problem ? t(PROBLEM_LABELS[problem], { planned }) : undefined;
  }

  return (
    <form
      onSubmit={handIn}
      onBlur={() => void autosave.flush()}
      noValidate
      className="kv-stack kv-report-form"
      data-testid="report-form"
    >
      {returned && (returned.comment || Object.keys(returned.section_comments).length > 0) && (
        <Alert data-color="warning" data-testid="return-comment">
          <Heading level={2} data-size="xs">
            {t("reports.returned.title", { name: returned.actor_name ?? t("reports.returned.reviewer") })}
          </Heading>
          {returned.comment && <Paragraph className="kv-pre">{returned.comment}</Paragraph>}
          {Object.keys(returned.section_comments).length > 0 && (
            <Paragraph data-size="sm">{t("reports.returned.sectionsHint")}</Paragraph>
          )}
        </Alert>
      )}
      <Paragraph data-size="sm" className="kv-muted">
        {t("reports.form.intro")}
      </Paragraph>
      {marked.length > 0 ? (
        <FormError attempt={attempt}>
          <Paragraph>
            {submit.error && Object.keys(own).length === 0 ? messageOf(submit.error) : t("reports.form.fixSections")}
          </Paragraph>
          <ul className="kv-error-links">
            {marked.map((section) => (
              <li key={section.key}>
                <a href={`#section-${section.key}`}>{sectionTitle(section, language)}</a>
              </li>
            ))}
          </ul>
        </FormError>
      ) : submit.error ? (
        <FormError attempt={attempt}>{messageOf(submit.error)}</FormError>
      ) : null}
      {sections.map((section) => (
        <SectionEditor
          key={section.key}
          section={section}
          value={state[section.key]!}
          onChange={(patch) => update(section.key, patch)}
          problem={problemText(problems[section.key])}
          comment={returned?.section_comments[section.key]}
          planned={planned}
          absences={
            section.type === "absence"
              ? {
                  lines: absences.data ?? [],
                  pending: absences.isPending,
                  registerHref: `/arenden/${report.case_id}/franvaro${report.month ? `?manad=${report.month}` : ""}`,
                }
              : undefined
          }
        />
      ))}
      <div className="kv-report-form__footer">
        <AutosaveStatus state={autosave.state} />
        <Button type="submit" loading={submit.isPending}>
          {t("reports.submit.submit")}
        </Button>
      </div>
    </form>
  );
}
