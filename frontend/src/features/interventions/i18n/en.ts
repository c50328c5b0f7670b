import type { Words } from "./sv";

export const en: Words = {
  "interventions.title": "Interventions and rates",
  "interventions.caption": "Intervention types with the current rate per participant",
  "interventions.name": "Intervention",
  "interventions.monthlyRate": "Rate per month",
  "interventions.dailyRate": "Rate per day",
  "interventions.validFrom": "Valid from",
  "interventions.noRate": "No current rate",
  "interventions.empty": "There are no intervention types.",
};
