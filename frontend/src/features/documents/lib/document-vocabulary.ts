import type { MessageKey } from "@/shared/i18n/words";
import type { DocumentKind, DocumentStatus } from "../api/get-document";

// Records rather than lists so that TypeScript insists on every value of the schema, and no other.

/** The document kinds with their labels, provider-side kinds first in the routine's order. */
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, MessageKey> = {
  implementation_plan: "documents.kind.implementation_plan",
  revised_plan: "documents.kind.revised_plan",
  monthly_report: "documents.kind.monthly_report",
  final_report: "documents.kind.final_report",
  bonus_report: "documents.kind.bonus_report",
  three_party_agreement: "documents.kind.three_party_agreement",
  af_internship_form: "documents.kind.af_internship_form",
  employment_certificate: "documents.kind.employment_certificate",
  study_certificate: "documents.kind.study_certificate",
  medical_certificate: "documents.kind.medical_certificate",
  child_care_certificate: "documents.kind.child_care_certificate",
  attendance_report: "documents.kind.attendance_report",
  voucher_application: "documents.kind.voucher_application",
  assignment_basis: "documents.kind.assignment_basis",
  interruption_notice: "documents.kind.interruption_notice",
};
export const DOCUMENT_KINDS = Object.keys(DOCUMENT_KIND_LABELS) as DocumentKind[];

/** Kinds the counsellor hands to the provider (published as they are); every other kind is the provider's. */
export const COUNSELLOR_KINDS: readonly DocumentKind[] = ["assignment_basis", "interruption_notice"];

/** The kinds a viewer may upload: the provider's side or the counsellor's. */
export function uploadableKinds(side: "provider" | "counsellor"): DocumentKind[] {
  return DOCUMENT_KINDS.filter((kind) => COUNSELLOR_KINDS.includes(kind) === (side === "counsellor"));
}

export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, MessageKey> = {
  draft: "documents.status.draft",
  submitted: "documents.status.submitted",
  returned: "documents.status.returned",
  approved: "documents.status.approved",
};

/** The status tag's colour; the label always says the same in words. */
export const DOCUMENT_STATUS_COLORS: Record<DocumentStatus, "neutral" | "info" | "warning" | "success"> = {
  draft: "neutral",
  submitted: "info",
  returned: "warning",
  approved: "success",
};

/** The file types the server accepts (content, extension and declared type must agree). */
export const ACCEPTED_FILES = ".pdf,.png,.jpg,.jpeg,.docx,.odt,application/pdf,image/png,image/jpeg";

/** A file size for people: "193 B", "12 kB", "1,4 MB". */
export function formatSize(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return "";
  if (bytes < 1000) return `${bytes} B`;
  const format = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 1 });
  if (bytes < 1_000_000) return `${format.format(bytes / 1000)} kB`;
  return `${format.format(bytes / 1_000_000)} MB`;
}

/** "2026-11" as "november 2026" in the UI language. */
export function formatMonth(month: string | null | undefined, language: string): string {
  if (!month) return "";
  const [year, number] = month.split("-").map(Number);
  if (!year || !number) return month;
  return new Intl.DateTimeFormat(language === "en" ? "en-GB" : "sv-SE", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(year, number - 1, 1)));
}
