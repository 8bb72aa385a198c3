/**
 * Shapes of the casedesk API as the UI reads them, named from the types generated out of the
 * server's OpenAPI document (schema.d.ts, `npm run gen:api`): nothing here is written twice.
 */
import type { paths } from "./schema";

type Method = "get" | "post" | "put" | "patch" | "delete";
type Prefixed<P extends string> = `/api/v1${P}`;
/** A server path as the client writes it: without /api/v1, a `{param}` standing for any text. */
type Concrete<S extends string> = S extends `${infer Head}{${string}}${infer Tail}` ? `${Head}${string}${Concrete<Tail>}` : S;
type Operation<K extends keyof paths, M extends Method> = NonNullable<paths[K][M]>;

/** Every path the server answers `method` on, as the client may call it ("/cases/${string}/notes"). */
export type ApiPath<M extends Method> = {
  [K in keyof paths]: [Operation<K, M>] extends [never] ? never : K extends Prefixed<infer P> ? Concrete<P> : never;
}[keyof paths];

/** The JSON body of a successful answer (200 or 201) to `method path`, path as in the document ("/cases/{id}"). */
export type ResponseOf<P extends string, M extends Method> = Operation<Prefixed<P> & keyof paths, M> extends { responses: infer R }
  ? R[keyof R & (200 | 201)] extends { content: { "application/json": infer Body } } ? Body : never
  : never;
/** The JSON body `method path` takes. */
export type RequestOf<P extends string, M extends Method> = Operation<Prefixed<P> & keyof paths, M> extends { requestBody?: { content: { "application/json": infer Body } } }
  ? Body
  : never;

export type Page<T> = { items: T[]; nextCursor: string | null };

export type User = ResponseOf<"/users/{id}", "get">;
export type Role = User["role"];
export const STAFF_ROLES: Role[] = ["dispatcher", "engineer", "expert", "rma_admin", "manager", "admin"];
export type Me = ResponseOf<"/auth/me", "get">;

export type Case = ResponseOf<"/cases/{id}", "get">;
export type CaseStatus = Case["status"];
export type FaultLevel = Case["faultLevel"];
export type Priority = Case["priority"];
export type Channel = Case["channel"];
export type Caller = Case["caller"];
export type Entry = ResponseOf<"/cases/{id}/activities", "get">["items"][number];

export type CaseClocks = ResponseOf<"/cases/{id}/sla", "get">;
export type SlaClock = CaseClocks["clocks"][number];
export type RunningClock = ResponseOf<"/sla/running-clocks", "get">["items"][number];

export type OnDutyUser = ResponseOf<"/rosters/on-duty", "get">["items"][number];

export type CallerLookup = ResponseOf<"/callers/lookup", "get">;
export type Contact = CallerLookup["contacts"][number];
export type Contract = CallerLookup["contracts"][number];
export type CustomerDetail = ResponseOf<"/customers/{customerId}", "get">;

export type VendorRequest = ResponseOf<"/cases/{id}/vendor-requests", "get">["items"][number];
