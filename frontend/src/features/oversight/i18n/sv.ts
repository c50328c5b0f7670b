import type { WordsOf } from "@/shared/i18n/words";

/** Swedish words of the oversight feature (§7.6): the source of its message keys. */
export const sv = {
  "oversight.title": "Brister hos anordnaren (§7.6)",
  "oversight.pageTitle": "Brister hos {provider}",
  "oversight.intro":
    "Anordnarens uppdrag kan avslutas när anordnaren har uppmärksammats på brister och bristerna kvarstår: rapporter mer än en månad sena eller upprepade förseningar.",
  "oversight.ground.yes": "Grund för att avsluta uppdrag finns (§7.6).",
  "oversight.ground.no": "Ingen grund enligt §7.6 just nu.",
  "oversight.ground.overAMonth": "{n|# rapport är|# rapporter är} mer än en månad sena.",
  "oversight.ground.afterNotice":
    "{n|# sen rapport|# sena rapporter} efter senaste påpekandet {date} (grund från {limit}).",
  "oversight.ground.neverTold": "Anordnaren har inte uppmärksammats på brister ännu.",
  "oversight.late.caption": "Sena rapporter",
  "oversight.late.empty": "Inga sena rapporter.",
  "oversight.late.report": "Rapport",
  "oversight.late.due": "Senast",
  "oversight.late.handedIn": "Inlämnad",
  "oversight.late.notYet": "Inte inlämnad",
  "oversight.late.daysLate": "Försenad",
  "oversight.late.days": "{n|# dag|# dagar}",
  "oversight.late.overAMonth": "mer än en månad",
  "oversight.late.afterNotice": "efter påpekandet",
  "oversight.late.case": "Ärende",
  "oversight.late.openCase": "Öppna ärendet",
  "oversight.rule.first_plan": "Första genomförandeplan",
  "oversight.rule.monthly_report": "Månadsrapport {month}",
  "oversight.rule.final_report": "Slutrapport",
  "oversight.notices.title": "Påpekanden till anordnaren",
  "oversight.notices.empty": "Inga påpekanden registrerade.",
  "oversight.notices.by": "{date}, registrerat av {name}",
  "oversight.subject.late_reports": "Försenad rapportering",
  "oversight.subject.poor_reporting": "Bristande rapportering",
  "oversight.subject.plan_not_followed": "Uppdrag eller genomförandeplan följs inte",
  "oversight.form.title": "Registrera att anordnaren uppmärksammats",
  "oversight.form.toldOn": "Datum då anordnaren uppmärksammades",
  "oversight.form.toldOnHelp": "Dagens datum eller tidigare.",
  "oversight.form.subject": "Vad gällde det",
  "oversight.form.note": "Vad sades",
  "oversight.form.noteHelp": "Kort: vilka brister, hur anordnaren fick veta.",
  "oversight.form.submit": "Registrera påpekandet",
  "oversight.form.saved": "Påpekandet är registrerat.",
  "oversight.list.title": "Anordnare med brister",
  "oversight.list.caption": "Anordnare med sena rapporter eller påpekanden",
  "oversight.list.empty": "Ingen anordnare har sena rapporter eller påpekanden.",
  "oversight.list.provider": "Anordnare",
  "oversight.list.late": "Sena rapporter",
  "oversight.list.lastTold": "Senast uppmärksammad",
  "oversight.list.ground": "Grund (§7.6)",
  "oversight.list.groundYes": "Ja",
  "oversight.list.groundNo": "Nej",
  "oversight.list.never": "Aldrig",
} satisfies Record<string, string>;

/** The English words must have exactly these keys: a missing or extra one is a type error. */
export type Words = WordsOf<typeof sv>;

declare module "@/shared/i18n/words" {
  interface MessageKeys extends Words {}
}
