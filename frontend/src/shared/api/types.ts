import type { paths } from "./schema";

/**
 * The JSON body of a path's 200 answer. Types come from the paths rather than from component
 * names so that they survive the backend renaming its schemas.
 */
export type OkJson<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  responses: { 200: { content: { "application/json": infer T } } };
}
  ? T
  : never;

/** The JSON body of a path's 201 answer (the API's POSTs answer 201 Created). */
export type CreatedJson<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  responses: { 201: { content: { "application/json": infer T } } };
}
  ? T
  : never;

/** The JSON request body of a path's operation. */
export type JsonBody<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { "application/json": infer T } };
}
  ? T
  : never;

/** The query parameters of a path's operation. */
export type QueryParams<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  parameters: { query?: infer Q };
}
  ? NonNullable<Q>
  : never;

export type Me = OkJson<"/api/me", "get">;
export type InterventionTypeList = OkJson<"/api/intervention-types", "get">;
export type InterventionType = InterventionTypeList["items"][number];
export type Rate = InterventionType["rates"][number];
export type InterventionCode = InterventionType["code"];

export type Client = OkJson<"/api/clients/{client_id}", "get">;
export type ClientList = OkJson<"/api/clients", "get">;

export type Case = OkJson<"/api/cases/{case_id}", "get">;
export type CaseList = OkJson<"/api/cases", "get">;
export type CaseStatus = Case["status"];
export type EndReason = NonNullable<Case["end_reason"]>;
export type CaseEvent = OkJson<"/api/cases/{case_id}/history", "get">["items"][number];
export type QueueItem = OkJson<"/api/provider/queue", "get">["items"][number];

export type Provider = OkJson<"/api/providers/{provider_id}", "get">;
export type ProviderStatus = Provider["status"];
export type StaffMember = OkJson<"/api/providers/{provider_id}/staff", "get">["items"][number];

export type Inbox = OkJson<"/api/messages", "get">;
export type Message = Inbox["items"][number];

export type User = OkJson<"/api/users", "get">["items"][number];
export type StandIn = OkJson<"/api/stand-ins", "get">["items"][number];
export type AuditEvent = OkJson<"/api/audit", "get">["items"][number];

/** The numbers of the rules that the UI writes into its texts (GET /api/rules). */
export type Rules = OkJson<"/api/rules", "get">;
