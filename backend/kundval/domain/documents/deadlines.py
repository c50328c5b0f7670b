"""The deadlines of a document's review (routine 002 §6.3.1, §6.4), each stated once."""

from __future__ import annotations

REVIEW_WITHIN_WORKING_DAYS = 5  # §6.3.1: the counsellor reviews a plan within 5 working days of it being marked ready
# §6.4: a monthly report is marked ready the 1st–7th of the following month, returned by the 12th, approved by the
# 15th (the to-do lists and the quarterly indicators both count from these).
MONTHLY_REPORT_DUE_DAY = 7
MONTHLY_REPORT_RETURNED_BY_DAY = 12
MONTHLY_REPORT_APPROVED_BY_DAY = 15
