import type { Case, Provider, Rules, StaffMember } from "@/shared/api/types";

export function aCase(overrides: Partial<Case> = {}): Case {
  return {
    id: "case-1",
    client_id: "client-1",
    client: {
      id: "client-1",
      reference: "K-0000ABCD",
      display_name: "Amina Yusuf",
      personal_number: "199503141237",
      first_name: "Amina",
      last_name: "Yusuf",
      email: null,
      phone: null,
      language: "so",
      district: "Centrum",
      protected_identity: false,
      social_assistance: true,
      establishment_programme: false,
      language_obstacle: false,
      counsellor_id: "counsellor-1",
    },
    intervention: "SAI",
    decision_date: "2026-11-01",
    assignment_date: "2026-11-01",
    start_date: null,
    planned_end_date: null,
    scope_percent: 100,
    assignment: "Hitta en praktikplats.",
    future_plan: "",
    status: "decided",
    provider_id: null,
    provider_name: null,
    chosen_provider_id: null,
    chosen_provider_name: null,
    chosen_at: null,
    changed: false,
    coach_id: null,
    coach_name: null,
    counsellor_id: "counsellor-1",
    counsellor_name: "Karin Lindqvist",
    end_reason: null,
    end_date: null,
    previous_case_id: null,
    next_case_id: null,
    created_at: "2026-11-01T09:00:00Z",
    ...overrides,
  };
}

export function aProvider(id: string, name: string, overrides: Partial<Provider> = {}): Provider {
  return {
    id,
    name,
    org_number: "556036-0793",
    email: "a@b.se",
    phone: null,
    status: "authorized",
    addresses: [],
    districts: [],
    authorizations: [
      { id: `${id}-sai`, intervention: "SAI", valid_from: "2023-01-01", valid_to: null, active_today: true },
    ],
    ...overrides,
  };
}

export function aStaffMember(id: string, name: string, overrides: Partial<StaffMember> = {}): StaffMember {
  return {
    id,
    name,
    username: id,
    email: null,
    roles: ["provider_staff"],
    is_active: true,
    active_cases: 0,
    ...overrides,
  };
}

/** GET /api/rules as the backend answers it today (backend/tests/rules/test_rules.py holds the same numbers). */
export const RULES: Rules = {
  certificate_from_day: 8,
  max_holiday_leave_days: 14,
  part_day_max_hours: 8,
  unreachable_contact_attempts: 3,
  choice_code_valid_days: 30,
  plan_within_days: 30,
  publish_within_days: 2,
  review_within_working_days: 5,
  min_password_length: 8,
  first_plan_within_months: 1,
  monthly_report_due_day: 7,
  monthly_report_returned_by_day: 12,
  monthly_report_approved_by_day: 15,
  returned_back_within_working_days: 5,
  final_report_after_unforeseen_end_days: 14,
  certificate_due_days: 7,
  tasks_lookahead_days: 30,
};
