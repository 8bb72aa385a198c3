import { openForCommand } from "../src/app.js";
import { createApiToken, createUser, systemActor } from "../src/auth/index.js";
import { createContact, createContract, createCustomer, createSite } from "../src/customers/index.js";
import { addListEntry } from "../src/lists/index.js";
import { AppError } from "../src/shared/errors.js";
import { CASE_TYPES, VENDORS } from "./corpus.js";
import { benchConfig, type Target } from "./engines.js";

export type SeededCustomer = { id: string; name: string; contractNo: string; contractId: string; contactName: string; phone: string };
export type Seeded = { token: string; dispatcherId: string; engineerIds: string[]; customers: SeededCustomer[] };

const COMPANIES = [
  ["华北电力信息中心", "北京"], ["江南银行数据中心", "上海"], ["西部航空运行控制中心", "成都"], ["东方证券交易中心", "上海"],
  ["南山医院信息科", "深圳"], ["中原铁路调度中心", "郑州"], ["长江水务集团", "武汉"], ["北方钢铁信息部", "鞍山"],
  ["海滨市政务云平台", "青岛"], ["岭南电网调度中心", "广州"], ["天府农商银行", "成都"], ["滨江保险数据中心", "杭州"],
  ["燕山石化信息中心", "北京"], ["闽江港务集团", "福州"], ["三秦烟草公司", "西安"], ["渤海物流集团", "天津"],
  ["湘江广电网络", "长沙"], ["黄河水利委员会信息中心", "郑州"], ["东海证券", "宁波"], ["昆仑能源信息中心", "乌鲁木齐"],
] as const;
const CONTACTS = ["王建国", "李娜", "张伟", "刘洋", "陈静", "杨磊", "黄敏", "赵军", "吴秀英", "周杰"] as const;

/**
 * Migrates the target's database and adds, through the app's own use cases, the cast the
 * benchmark needs: twenty customer companies with a contact, a site and a contract each, eight
 * engineers, and a dispatcher with an API token.
 */
export async function seed(target: Target): Promise<Seeded> {
  const { deps, database } = await openForCommand(benchConfig(target));
  try {
    const actor = systemActor;
    // the corpus's vendors and case types are codes of the managed lists (a case naming another is refused)
    for (const [kind, entries] of [["vendors", VENDORS], ["caseTypes", CASE_TYPES]] as const) {
      for (const [code] of entries) {
        await addListEntry(deps, { actor, kind, code, nameZh: code, nameEn: code }).catch((error: unknown) => {
          if (!(error instanceof AppError && error.code === "duplicate")) throw error;
        });
      }
    }
    const customers: SeededCustomer[] = [];
    for (const [i, [name, city]] of COMPANIES.entries()) {
      const customer = await createCustomer(deps, { actor, name, address: `${city}市` });
      const contactName = CONTACTS[i % CONTACTS.length]!;
      const phone = `139${String(10_000_000 + i * 7919).padStart(8, "0")}`;
      await createContact(deps, { actor, customerId: customer.id, name: contactName, mobile: phone, isDesignated: true });
      const site = await createSite(deps, { actor, customerId: customer.id, name: `${city}机房`, city });
      const contractNo = `BM-2026-${String(i + 1).padStart(3, "0")}`;
      const contract = await createContract(deps, {
        actor, customerId: customer.id, contractNo, siteIds: [site.id],
        targets: { S1: { responseMinutes: 30, resolutionMinutes: 240 } },
      });
      customers.push({ id: customer.id, name, contractNo, contractId: contract.id, contactName, phone });
    }
    const make = (key: string, role: "dispatcher" | "engineer") =>
      createUser(deps, { actor, email: `${key}@bench.casedesk.test`, name: key, role });
    const dispatcher = await make("dispatcher", "dispatcher");
    const engineerIds: string[] = [];
    for (let i = 1; i <= 8; i++) engineerIds.push((await make(`engineer${i}`, "engineer")).id);
    const { token } = await createApiToken(deps, { actor, userId: dispatcher.id, name: "bench" });
    return { token, dispatcherId: dispatcher.id, engineerIds, customers };
  } finally {
    await database.close();
  }
}
