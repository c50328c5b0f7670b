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

export type Me = OkJson<"/api/me", "get">;
export type InterventionTypeList = OkJson<"/api/intervention-types", "get">;
export type InterventionType = InterventionTypeList["items"][number];
export type Rate = InterventionType["rates"][number];

/** The JSON request body of a path's operation. */
export type JsonBody<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { "application/json": infer T } };
}
  ? T
  : never;
