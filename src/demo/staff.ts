import { createUser, systemActor, type UserActor } from "../auth/index.js";
import type { Role, UserRow } from "../db/schema.js";
import type { Deps } from "../shared/deps.js";

/** The demo centre's staff: a user of every role, each signing in with the demo password. */
export const DEMO_PASSWORD = "casedesk-demo";
export const DEMO_DOMAIN = "demo.casedesk.cn";

type StaffSeed = { key: string; role: Role; name: string; mobile: string };

export const STAFF: StaffSeed[] = [
  { key: "dispatcher1", role: "dispatcher", name: "张晓燕", mobile: "138 1123 4501" },
  { key: "dispatcher2", role: "dispatcher", name: "刘婷", mobile: "138 1123 4502" },
  { key: "engineer1", role: "engineer", name: "王磊", mobile: "139 1023 5511" },
  { key: "engineer2", role: "engineer", name: "陈志强", mobile: "139 1023 5512" },
  { key: "engineer3", role: "engineer", name: "赵敏", mobile: "139 1023 5513" },
  { key: "engineer4", role: "engineer", name: "孙浩", mobile: "139 1023 5514" },
  { key: "expert1", role: "expert", name: "周建华", mobile: "137 0101 8801" },
  { key: "expert2", role: "expert", name: "吴海涛", mobile: "137 0101 8802" },
  { key: "rma", role: "rma_admin", name: "郑丽", mobile: "136 0110 2231" },
  { key: "manager", role: "manager", name: "黄国平", mobile: "135 0100 6666" },
  { key: "admin", role: "admin", name: "马骏", mobile: "135 0100 8888" },
];

export type Staff = Record<"dispatchers" | "engineers" | "experts" | "rma", UserActor[]>;

export async function seedStaff(deps: Deps): Promise<Staff> {
  const users = await Promise.all(
    STAFF.map((s) =>
      createUser(deps, {
        actor: systemActor, email: `${s.key}@${DEMO_DOMAIN}`, name: s.name, role: s.role, phone: s.mobile, password: DEMO_PASSWORD, isDemo: true,
      }),
    ),
  );
  const byRole = (role: Role) => users.filter((u) => u.role === role).map(actorOf);
  return { dispatchers: byRole("dispatcher"), engineers: byRole("engineer"), experts: byRole("expert"), rma: byRole("rma_admin") };
}

export const actorOf = (user: UserRow): UserActor => ({
  kind: "user", id: user.id, role: user.role, customerId: user.customerId, name: user.name, language: user.language,
});
