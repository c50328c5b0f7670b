"""The access model the generated access test checks the app against, written from docs/domain.md and docs/api.md
rather than read from the app: who the callers are, which objects exist and whose they are, and for each
(operation, caller, object) the answers allowed.

The test (``test_access_generated.py``) takes the operations from the app's OpenAPI document and each route's policy
from its guards (``policy_of``). Anything here it cannot match (a policy it does not know, a set of path parameters
no object kind fills, an operation with a body but no entry in ``BODIES``) fails the test with a message saying what
to add, so a new route joins the walk without anyone listing it, or the test says why it cannot.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kundval.core.security import PROVIDER_ROLES, Role

# --- Callers ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Who:
    """A caller: its username (None: signed out), roles, provider key and the counsellors it stands in for today."""

    key: str
    username: str | None
    roles: frozenset[Role] = frozenset()
    provider: str | None = None
    covers: frozenset[str] = frozenset()

    @property
    def side(self) -> str:
        return "provider" if self.roles & PROVIDER_ROLES else "counsellor"

    def has(self, *roles: Role) -> bool:
        return bool(self.roles & set(roles))

    @property
    def caseload(self) -> frozenset[str]:
        """The counsellors whose clients and cases this caller works with today."""
        return frozenset({self.username} | self.covers) if self.username and self.has(Role.COUNSELLOR) else frozenset()


def _who(
    key: str, username: str | None, *roles: Role, provider: str | None = None, covers: tuple[str, ...] = ()
) -> Who:
    return Who(key, username, frozenset(roles), provider, frozenset(covers))


C, SUP, COORD, ADM, PADM, PSTAFF = (
    Role.COUNSELLOR,
    Role.SUPERVISOR,
    Role.COORDINATOR,
    Role.ADMIN,
    Role.PROVIDER_ADMIN,
    Role.PROVIDER_STAFF,
)
# Every object below belongs to "counsellor" (the owner) and, once queued, to provider 1.
CALLERS: list[Who] = [
    _who("anonymous", None),
    _who("owner", "counsellor", C),
    _who("other_counsellor", "counsellor2", C),
    _who("stand_in", "counsellor3", C, covers=("counsellor",)),  # named for the owner, valid today
    _who("stand_in_expired", "counsellor4", C),  # named for the owner until yesterday
    _who("stand_in_future", "counsellor5", C),  # named for the owner from tomorrow
    _who("supervisor", "supervisor", SUP),
    _who("coordinator", "coordinator", COORD),
    _who("admin", "admin", ADM),
    _who("p1_admin", "provider1-admin", PADM, provider="provider1"),
    _who("p1_coach", "provider1-coach", PSTAFF, provider="provider1"),  # the coach of the provider-1 cases
    _who("p1_coach2", "provider1-coach2", PSTAFF, provider="provider1"),  # a colleague, coach of one case only
    _who("p2_admin", "provider2-admin", PADM, provider="provider2"),  # the other provider
    _who("p2_coach", "provider2-coach", PSTAFF, provider="provider2"),
]
# Accounts the world adds to the demo's: username -> (roles, provider key).
EXTRA_USERS: dict[str, tuple[list[Role], str | None]] = {
    "counsellor3": ([C], None),
    "counsellor4": ([C], None),
    "counsellor5": ([C], None),
    "counsellor8": ([C], None),  # a stand-in arrangement between these two is the object of the stand-in routes
    "counsellor9": ([C], None),
    "provider1-coach2": ([PSTAFF], "provider1"),
    "provider1-coach3": ([PSTAFF], "provider1"),  # the object of the staff routes
    "signin-user": ([C], None),  # the account the sign-in route signs in, so no caller's session ends
}
# (stand-in, counsellor, first day relative to today, last day relative to today)
STAND_INS = [
    ("counsellor3", "counsellor", -1, 7),
    ("counsellor4", "counsellor", -10, -1),
    ("counsellor5", "counsellor", 1, 10),
]

# --- Objects ---------------------------------------------------------------------------------------------------


@dataclass
class Obj:
    """An object in the world: its kind (which path parameters it fills), a label, and the facts access depends on."""

    kind: str
    label: str
    facts: dict[str, Any] = field(default_factory=dict)
    id: str = ""
    provider_id: str = ""  # staff: the provider in the path

    @property
    def missing(self) -> bool:
        return bool(self.facts.get("missing"))


# The path parameters each object kind fills. An operation whose path parameters match no kind fails the test.
KIND_PARAMS: dict[str, frozenset[str]] = {
    "case": frozenset({"case_id"}),
    "client": frozenset({"client_id"}),
    "document": frozenset({"document_id"}),
    "absence": frozenset({"absence_id"}),
    "message": frozenset({"message_id"}),
    "profile": frozenset({"profile_id"}),
    "provider": frozenset({"provider_id"}),
    "stand_in": frozenset({"stand_in_id"}),
    "staff": frozenset({"provider_id", "user_id"}),
}


def path_values(obj: Obj) -> dict[str, str]:
    if obj.kind == "staff":
        return {"provider_id": obj.provider_id, "user_id": obj.id}
    (name,) = KIND_PARAMS[obj.kind]
    return {name: obj.id}


def _case(
    status: str, provider: str | None = None, coach: str | None = None, protected: bool = False
) -> dict[str, Any]:
    return {"owner": "counsellor", "status": status, "provider": provider, "coach": coach, "protected": protected}


CASES: dict[str, dict[str, Any]] = {
    "decided": _case("decided"),
    "queued": _case("queued", "provider1"),
    "claimed": _case("claimed", "provider1", "provider1-coach"),
    "active": _case("active", "provider1", "provider1-coach"),
    "ended": _case("ended", "provider1", "provider1-coach"),
    "active_coach2": _case("active", "provider1", "provider1-coach2"),
    "active_protected": _case("active", "provider1", "provider1-coach", protected=True),
}
CLIENTS: dict[str, dict[str, Any]] = {
    "ordinary": {"owner": "counsellor", "protected": False},
    "protected": {"owner": "counsellor", "protected": True},
    "of_counsellor2": {"owner": "counsellor2", "protected": False},
}
# Documents of the "active" case: (side, status, kind, structured)
DOCUMENTS: dict[str, dict[str, Any]] = {
    "draft": {"side": "provider", "status": "draft", "kind": "implementation_plan"},
    "submitted": {"side": "provider", "status": "submitted", "kind": "implementation_plan"},
    "returned": {"side": "provider", "status": "returned", "kind": "implementation_plan"},
    "approved": {"side": "provider", "status": "approved", "kind": "implementation_plan"},
    "health_certificate": {"side": "provider", "status": "submitted", "kind": "medical_certificate"},
    "counsellor_side": {"side": "counsellor", "status": "approved", "kind": "assignment_basis"},
    "report_draft": {"side": "provider", "status": "draft", "kind": "implementation_plan", "structured": True},
}
MESSAGES: dict[str, dict[str, Any]] = {
    "to_owner": {"recipient": "counsellor"},
    "to_p1_coach": {"recipient": "provider1-coach"},
    "to_p1_inbox": {"provider": "provider1"},
}


def world_objects() -> list[Obj]:
    """Every object the test builds, in every status, plus an unknown id per kind."""
    objects = [Obj("case", label, facts) for label, facts in CASES.items()]
    objects += [Obj("client", label, facts) for label, facts in CLIENTS.items()]
    objects += [Obj("document", label, {**facts, "case": CASES["active"]}) for label, facts in DOCUMENTS.items()]
    objects += [Obj("absence", "of_active", {"case": CASES["active"]})]
    objects += [Obj("message", label, facts) for label, facts in MESSAGES.items()]
    objects += [
        Obj("profile", status, {"provider": "provider3", "status": status})
        for status in ("pending", "approved", "rejected")
    ]
    objects += [Obj("provider", key, {"provider": key}) for key in ("provider1", "provider2")]
    objects += [Obj("stand_in", "counsellor8_by_9", {})]
    objects += [Obj("staff", "p1_coach3", {"provider": "provider1"})]
    objects += [
        Obj(kind, "unknown", {"missing": True}, id=str(uuid.uuid4()), provider_id=str(uuid.uuid4()))
        for kind in KIND_PARAMS
    ]
    return objects


# --- Who sees what (docs/domain.md "Who uses it", docs/api.md) ---------------------------------------------------


def sees_case(who: Who, case: dict[str, Any]) -> bool:
    """Supervisors the unit; counsellors their caseload and those they stand in for today; a provider's
    administrators every case placed at the provider; a coach the cases assigned to them."""
    if who.has(SUP):
        return True
    if who.has(C):
        return case["owner"] in who.caseload
    if who.has(PADM):
        return case["provider"] is not None and case["provider"] == who.provider
    if who.has(PSTAFF):
        return case["provider"] is not None and case["provider"] == who.provider and case["coach"] == who.username
    return False


def at_callers_provider(who: Who, case: dict[str, Any]) -> bool:
    """Claim and hand back act on the provider's queue, which every coach of the provider works."""
    return who.provider is not None and case["provider"] == who.provider


def sees_client(who: Who, client: dict[str, Any]) -> bool:
    return who.has(SUP) or client["owner"] in who.caseload


def edits_client(who: Who, client: dict[str, Any]) -> bool:
    """A protected client only its own counsellor changes (a stand-in gets 404)."""
    if client["protected"]:
        return who.has(C) and who.username == client["owner"]
    return client["owner"] in who.caseload


def sees_document(who: Who, doc: dict[str, Any]) -> bool:
    """The case's readers, but a draft only on its author's side and a health certificate not by the supervisor."""
    if not sees_case(who, doc["case"]):
        return False
    if doc["status"] == "draft" and doc["side"] != who.side:
        return False
    return not (doc["kind"] in ("medical_certificate", "child_care_certificate") and not who.has(C, PADM, PSTAFF))


def sees_message(who: Who, message: dict[str, Any]) -> bool:
    if message.get("recipient"):
        return message["recipient"] == who.username
    return who.provider is not None and message.get("provider") == who.provider


def own_provider(who: Who, provider: dict[str, Any]) -> bool:
    """A provider administrator manages only its own provider; the coordinator every provider."""
    return who.has(COORD) or who.provider == provider["provider"]


Rule = Callable[[Who, Obj], bool]
DEFAULT_RULES: dict[str, Rule] = {
    "case": lambda who, o: sees_case(who, o.facts),
    "client": lambda who, o: sees_client(who, o.facts),
    "document": lambda who, o: sees_document(who, o.facts),
    "absence": lambda who, o: sees_case(who, o.facts["case"]),
    "message": lambda who, o: sees_message(who, o.facts),
    "profile": lambda who, o: True,  # the coordinator's (the role guard keeps everyone else out)
    "provider": lambda who, o: True,  # the register is open to everyone signed in
    "stand_in": lambda who, o: True,  # the supervisor's
    "staff": lambda who, o: who.provider == o.facts["provider"],
}
# Operations whose object is decided by another rule than its kind's default.
RULES: dict[str, Rule] = {
    "updateClient": lambda who, o: edits_client(who, o.facts),
    "claimCase": lambda who, o: at_callers_provider(who, o.facts),
    "handBackCase": lambda who, o: at_callers_provider(who, o.facts),
    "listProviderStaff": lambda who, o: own_provider(who, o.facts),
    "createProviderStaff": lambda who, o: own_provider(who, o.facts),
    "getProviderProfiles": lambda who, o: own_provider(who, o.facts),
    "proposeProviderProfile": lambda who, o: own_provider(who, o.facts),
}
# Operations on a document whose caller must be on the document's side (the other side's kind is 403). The draft
# of a structured report is not among them: only provider-side kinds have a form, so a counsellor-side document
# answers 422 "no template" to the provider, which changes nothing either.
SIDED = {"uploadDocumentVersion", "submitDocument"}
# Operations whose object is named in the body, not the path: operationId -> object kind (BODIES puts its id in).
BODY_OBJECTS: dict[str, str] = {"createCase": "client"}
# Answers an allowed caller may get besides 2xx: the object's state (409), an expired code (410), the object's data
# (422: e.g. a draft saved to an uploaded document, a report month not yet over).
ALLOWED_REFUSALS = frozenset({409, 410, 422})
# Where an allowed caller may still get 404 for a reason other than ownership, and why.
ALLOWED_404: dict[str, str] = {
    "getPublicProvider": "only providers with an approved profile and authorization are public",
    "downloadDocument": "a structured report has no file to download",
}
# Operations that may never answer 2xx in this world, and why (every other operation must answer 2xx once).
NEVER_2XX: dict[str, str] = {
    "makeChoice": "the test sends an unknown code (a real one is test_choices.py's)",
    "recordProgressionReview": "the world's cases started days ago: no yearly review is due (tasks/test_records.py)",
}


# Answers an operation may give anyone, whatever the access model says, and why.
EXTRA_ANSWERS: dict[str, frozenset[int]] = {
    "makeChoice": frozenset({429}),  # wrong codes are throttled per address, and the walk sends one per caller
}


def rule_of(operation_id: str, kind: str) -> Rule:
    return RULES.get(operation_id, DEFAULT_RULES[kind])


@dataclass(frozen=True)
class Policy:
    public: bool
    roles: frozenset[Role] | None  # None: any signed-in user


def parse_policy(names: list[str]) -> Policy:
    """The policy of a route from its guard's name; anything else fails the test (add it here and to the model)."""
    if len(names) != 1:
        raise ValueError(f"expected exactly one policy, found {names}: give the route one policy of core/security.py")
    (name,) = names
    if name == "public":
        return Policy(True, None)
    if name == "authenticated":
        return Policy(False, None)
    if name.startswith("role:"):
        try:
            return Policy(False, frozenset(Role(r) for r in name.removeprefix("role:").split(",")))
        except ValueError as error:
            raise ValueError(f"policy {name!r} names an unknown role: add it to access_model.CALLERS") from error
    raise ValueError(f"unknown policy {name!r}: teach tests/system/access_model.parse_policy and expected() about it")


OK = frozenset({200, 201, 204})


def expected(operation_id: str, policy: Policy, who: Who, obj: Obj | None, *, read: bool = False) -> frozenset[int]:
    """The answers allowed for ``who`` calling the operation on ``obj`` (None: an operation without an object);
    ``read``: a GET, which changes no state and so has no state to conflict with (2xx only)."""
    refusals = frozenset() if read else ALLOWED_REFUSALS
    if policy.public:
        codes = OK | refusals | EXTRA_ANSWERS.get(operation_id, frozenset())
        return codes | {404} if operation_id in ALLOWED_404 or (obj is not None and obj.missing) else codes
    if who.username is None:
        return frozenset({401})
    if policy.roles is not None and not who.roles & policy.roles:
        return frozenset({403})
    if obj is not None:
        if obj.missing or not rule_of(operation_id, obj.kind)(who, obj):
            return frozenset({404})
        if operation_id in SIDED and obj.facts["side"] != who.side:
            return frozenset({403})
    codes = OK | refusals
    return codes | {404} if operation_id in ALLOWED_404 and obj is not None and obj.facts.get("structured") else codes
