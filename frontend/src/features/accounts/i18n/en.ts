import type { Words } from "./sv";

export const en: Words = {
  "standIns.title": "Stand-ins",
  "standIns.intro": "A stand-in sees and works with a colleague's clients for a period, both days included.",
  "standIns.caption": "Stand-ins",
  "standIns.counsellor": "Counsellor",
  "standIns.standIn": "Stand-in",
  "standIns.from": "From",
  "standIns.to": "To",
  "standIns.delete": "Remove",
  "standIns.deleteFor": "Remove {standIn} as stand-in for {counsellor}",
  "standIns.deleted": "{standIn} no longer stands in for {counsellor}.",
  "standIns.empty": "There are no stand-ins.",
  "standIns.newTitle": "New stand-in",
  "standIns.samePerson": "Choose another counsellor than the one to cover.",
  "standIns.endBeforeStart": "The end date cannot be before the start date.",
  "standIns.submit": "Add",
  "standIns.created": "{standIn} stands in for {counsellor}.",
};
