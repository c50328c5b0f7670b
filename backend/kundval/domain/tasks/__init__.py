"""To-do lists: every open obligation of the deadline rules, per caller (GET /api/tasks)."""
