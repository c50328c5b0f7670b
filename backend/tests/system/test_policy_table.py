"""Who may call each route, pinned: a route whose policy changes fails here until this table changes with it.

The generated access test (test_access_generated.py) checks every answer against each route's *declared* policy, so
it cannot notice a guard that lets one role too many in (opening `reassign` to counsellors passed it). This table
is the access policy written down once, in the words of docs/api.md's "who" column; a change of who may do what is
then a visible change of this file, reviewed with the code.
"""

from __future__ import annotations

from litestar import Litestar

from kundval.core.security import policy_of

# "METHOD path" -> the route's one policy: public, authenticated, or role:<the roles that may call it>.
POLICIES = {
    "DELETE /api/absences/{absence_id:uuid}": "role:provider_admin,provider_staff",
    "POST /api/absences/{absence_id:uuid}/handled": "role:counsellor",
    "GET /api/audit": "role:admin,supervisor",
    "POST /api/audit/clients": "role:admin,supervisor",
    "GET /api/audit/export": "role:admin,supervisor",
    "GET /api/audit/options": "role:admin,supervisor",
    "POST /api/auth/login": "public",
    "POST /api/auth/logout": "public",
    "GET /api/cases": "role:counsellor,provider_admin,provider_staff,supervisor",
    "POST /api/cases": "role:counsellor",
    "GET /api/cases/{case_id:uuid}": "role:counsellor,provider_admin,provider_staff,supervisor",
    "PATCH /api/cases/{case_id:uuid}": "role:counsellor",
    "GET /api/cases/{case_id:uuid}/absences": "role:counsellor,provider_admin,provider_staff,supervisor",
    "POST /api/cases/{case_id:uuid}/absences": "role:provider_admin,provider_staff",
    "GET /api/cases/{case_id:uuid}/attendance": "role:counsellor,provider_admin,provider_staff,supervisor",
    "GET /api/cases/{case_id:uuid}/attendance.csv": "role:counsellor,provider_admin,provider_staff,supervisor",
    "POST /api/cases/{case_id:uuid}/choice-code": "role:counsellor",
    "POST /api/cases/{case_id:uuid}/claim": "role:provider_admin,provider_staff",
    "POST /api/cases/{case_id:uuid}/coach": "role:provider_admin",
    "GET /api/cases/{case_id:uuid}/documents": "role:counsellor,provider_admin,provider_staff,supervisor",
    "POST /api/cases/{case_id:uuid}/documents": "role:counsellor,provider_admin,provider_staff",
    "POST /api/cases/{case_id:uuid}/end": "role:counsellor",
    "POST /api/cases/{case_id:uuid}/hand-back": "role:provider_admin,provider_staff",
    "GET /api/cases/{case_id:uuid}/history": "role:counsellor,provider_admin,provider_staff,supervisor",
    "POST /api/cases/{case_id:uuid}/move": "role:counsellor",
    "POST /api/cases/{case_id:uuid}/progression-reviews": "role:counsellor",
    "POST /api/cases/{case_id:uuid}/publish": "role:counsellor",
    "POST /api/cases/{case_id:uuid}/queue": "role:counsellor",
    "POST /api/cases/{case_id:uuid}/reassign": "role:supervisor",
    "POST /api/cases/{case_id:uuid}/reopen": "role:counsellor",
    "POST /api/cases/{case_id:uuid}/reports": "role:provider_admin,provider_staff",
    "POST /api/cases/{case_id:uuid}/withdraw": "role:counsellor",
    "GET /api/clients": "role:counsellor,supervisor",
    "POST /api/clients": "role:counsellor",
    "POST /api/clients/search": "role:counsellor,supervisor",
    "GET /api/clients/{client_id:uuid}": "role:counsellor,supervisor",
    "PATCH /api/clients/{client_id:uuid}": "role:counsellor",
    "GET /api/documents/{document_id:uuid}": "role:counsellor,provider_admin,provider_staff,supervisor",
    "POST /api/documents/{document_id:uuid}/approve": "role:counsellor",
    "PUT /api/documents/{document_id:uuid}/draft": "role:provider_admin,provider_staff",
    "GET /api/documents/{document_id:uuid}/file": "role:counsellor,provider_admin,provider_staff,supervisor",
    "POST /api/documents/{document_id:uuid}/return": "role:counsellor",
    "POST /api/documents/{document_id:uuid}/submit": "role:provider_admin,provider_staff",
    "POST /api/documents/{document_id:uuid}/versions": "role:counsellor,provider_admin,provider_staff",
    "GET /api/health": "public",
    "GET /api/intervention-types": "authenticated",
    "GET /api/me": "authenticated",
    "GET /api/messages": "authenticated",
    "POST /api/messages/read-all": "authenticated",
    "POST /api/messages/{message_id:uuid}/read": "authenticated",
    "GET /api/profiles/pending": "role:coordinator",
    "POST /api/profiles/{profile_id:uuid}/approve": "role:coordinator",
    "POST /api/profiles/{profile_id:uuid}/reject": "role:coordinator",
    "GET /api/provider/queue": "role:provider_admin,provider_staff",
    "GET /api/providers": "authenticated",
    "POST /api/providers": "role:coordinator",
    "GET /api/providers/{provider_id:uuid}": "authenticated",
    "PATCH /api/providers/{provider_id:uuid}": "role:coordinator",
    "GET /api/providers/{provider_id:uuid}/profile": "role:coordinator,provider_admin",
    "POST /api/providers/{provider_id:uuid}/profile": "role:provider_admin",
    "GET /api/providers/{provider_id:uuid}/staff": "role:coordinator,provider_admin",
    "POST /api/providers/{provider_id:uuid}/staff": "role:provider_admin",
    "POST /api/providers/{provider_id:uuid}/staff/{user_id:uuid}/deactivate": "role:provider_admin",
    "POST /api/public/choices": "public",
    "GET /api/public/providers": "public",
    "GET /api/public/providers/{provider_id:uuid}": "public",
    "GET /api/report-templates": "authenticated",
    "GET /api/reviews": "role:counsellor",
    "GET /api/rules": "authenticated",
    "GET /api/stand-ins": "role:counsellor,supervisor",
    "POST /api/stand-ins": "role:supervisor",
    "DELETE /api/stand-ins/{stand_in_id:uuid}": "role:supervisor",
    "GET /api/stats/indicators": "role:coordinator,supervisor",
    "GET /api/stats/indicators.csv": "role:coordinator,supervisor",
    "GET /api/tasks": "authenticated",
    "GET /api/tasks/overview": "role:supervisor",
    "GET /api/users": "role:admin,counsellor,supervisor",
}


def test_every_route_has_the_policy_the_table_pins(app: Litestar) -> None:
    actual = {}
    for route in app.routes:
        if not route.path.startswith("/api") or route.path.startswith("/api/schema"):
            continue  # the SPA's files and Litestar's OpenAPI routes are public by design
        for handler in getattr(route, "route_handlers", []):
            if handler.http_methods == {"OPTIONS"}:
                continue  # Litestar's automatic CORS preflight answers
            for method in sorted(handler.http_methods):
                actual[f"{method} {route.path}"] = ",".join(policy_of(handler))
    changed = {key: (POLICIES.get(key), actual.get(key)) for key in POLICIES.keys() | actual.keys()}
    changed = {key: pair for key, pair in changed.items() if pair[0] != pair[1]}
    assert changed == {}, (
        "routes whose policy differs from the pinned table (pinned, actual); if the change is meant, change POLICIES "
        f"and the 'who' column of docs/api.md together: {changed}"
    )
