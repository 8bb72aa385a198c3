import { systemActor } from "../auth/index.js";
import type { Deps } from "../shared/deps.js";
import { createPart } from "./catalogue.js";
import { createDepot } from "./depots.js";
import { setMinLevel } from "./depots.js";
import { recordMovement } from "./record-movement.js";

const PARTS = [
  { partNumber: "78P6815", vendor: "IBM", model: "Power S924/E980", description: "64GB DDR4 CDIMM 内存条", compatibleModels: ["Power S924", "Power E980"], isSerialised: true },
  { partNumber: "01LL581", vendor: "IBM", model: "DS8950F", description: "3.84TB HPFE 闪存模块", compatibleModels: ["DS8950F", "DS8910F"], isSerialised: true },
  { partNumber: "00AR312", vendor: "IBM", model: "Storwize V7000", description: "600GB 10K SAS 硬盘", compatibleModels: ["Storwize V7000", "FlashSystem 5200"], isSerialised: true },
  { partNumber: "35P2376", vendor: "IBM", model: "TS4500", description: "磁带库机械手夹持器组件", compatibleModels: ["TS4500"], isSerialised: false },
  { partNumber: "P38995-B21", vendor: "HPE", model: "ProLiant DL380 Gen10", description: "800W 热插拔电源模块", compatibleModels: ["ProLiant DL380 Gen10"], isSerialised: false },
  { partNumber: "0231A0LK", vendor: "H3C", model: "S6850", description: "100G QSFP28 光模块", compatibleModels: ["S6850", "S12500"], isSerialised: false },
];

/** Demo depots (regional ones and one at the first demo customer's first site) with stock, minimums, one part already below its minimum. */
export async function seedInventoryDemo(deps: Deps): Promise<void> {
  if (await deps.db.selectFrom("parts").select("id").where("isDemo", "=", true).limit(1).executeTakeFirst()) return;
  const actor = systemActor;
  const owner = await deps.db.selectFrom("users").select("id").where("role", "=", "rma_admin").where("isDemo", "=", true).orderBy("email").executeTakeFirst();
  const site = await deps.db.selectFrom("sites").innerJoin("customers", "customers.id", "sites.customerId")
    .select(["sites.id", "sites.name", "sites.customerId", "customers.name as customerName", "sites.address"]).where("sites.isDemo", "=", true).orderBy("sites.createdAt").executeTakeFirst();
  if (!owner) return;
  const parts = [];
  for (const part of PARTS) parts.push(await createPart(deps, { actor, part, isDemo: true }));
  const depots = [];
  for (const [name, address] of [["北京亦庄备件库", "北京市经济技术开发区科创十三街 18 号"], ["上海外高桥备件库", "上海市浦东新区富特北路 211 号"], ["广州黄埔备件库", "广州市黄埔区科学大道 82 号"]] as const) {
    depots.push(await createDepot(deps, { actor, depot: { name, address, ownerId: owner.id }, isDemo: true }));
  }
  if (site) {
    depots.unshift(await createDepot(deps, { actor, depot: { name: `${site.customerName}${site.name}备件库`, customerId: site.customerId, siteId: site.id, address: site.address ?? site.name, ownerId: owner.id }, isDemo: true }));
  }
  let serialNo = 1000;
  for (const [d, depot] of depots.entries()) {
    for (const [p, part] of parts.entries()) {
      const quantity = ((d + p) % 4) + 1;
      const serials = part.isSerialised ? Array.from({ length: quantity }, () => `${part.partNumber.slice(0, 4)}SN${serialNo++}`) : undefined;
      await recordMovement(deps, { actor, movement: { type: "receive", partId: part.id, depotId: depot.id, quantity, serials, reason: "期初入库" } });
      await setMinLevel(deps, { actor, depotId: depot.id, partId: part.id, minLevel: quantity === 1 ? 2 : 1 });
    }
  }
}
