import { createContact, createContract, createCustomer, createSite } from "../customers/index.js";
import { systemActor, type UserActor } from "../auth/index.js";
import type { ServiceTargets } from "../db/schema.js";
import type { Deps } from "../shared/deps.js";
import { DAY_MS } from "./random.js";

/** The demo's four customer companies in Beijing, Shanghai and Guangzhou: contacts, sites, a contract and covered equipment each. */
export type EquipmentSeed = { kind: string; vendor: string; model: string; serial: string; site: number; description: string };
type ContactSeed = { name: string; title: string; mobile?: string; phone?: string; email: string; isDesignated?: boolean };
export type CustomerSeed = {
  name: string;
  shortName: string;
  phone: string;
  email: string;
  address: string;
  city: string;
  contractSerial: number;
  contractTitle: string;
  targets: ServiceTargets;
  sites: { name: string; address: string }[];
  contacts: ContactSeed[];
  equipment: EquipmentSeed[];
};

const targets = (s1: [number, number], s2: [number, number], s3: [number, number], s4: [number, number]): ServiceTargets => ({
  S1: { responseMinutes: s1[0], resolutionMinutes: s1[1] },
  S2: { responseMinutes: s2[0], resolutionMinutes: s2[1] },
  S3: { responseMinutes: s3[0], resolutionMinutes: s3[1] },
  S4: { responseMinutes: s4[0], resolutionMinutes: s4[1] },
});

const CUSTOMERS: CustomerSeed[] = [
  {
    name: "北辰电力信息通信中心",
    shortName: "北辰电力信通",
    phone: "010-6611 2200",
    email: "itsm@bcdl.example.cn",
    address: "北京市西城区白广路二条 1 号",
    city: "北京",
    contractSerial: 11,
    contractTitle: "主机、存储及数据库系统年度维保服务",
    targets: targets([30, 240], [60, 480], [120, 1440], [480, 4320]),
    sites: [
      { name: "白广路数据中心 3 层主机房", address: "北京市西城区白广路二条 1 号" },
      { name: "昌平灾备中心", address: "北京市昌平区科技园区超前路 9 号" },
    ],
    contacts: [
      { name: "王建国", title: "运维部主管", mobile: "138 0013 8000", phone: "010-6611 2233", email: "wangjg@bcdl.example.cn", isDesignated: true },
      { name: "李春梅", title: "系统管理员", mobile: "139 1088 2345", phone: "010-6611 2251", email: "lichm@bcdl.example.cn" },
      { name: "高峰", title: "网络管理员", mobile: "136 9120 4417", email: "gaofeng@bcdl.example.cn" },
    ],
    equipment: [
      { kind: "power", vendor: "IBM", model: "Power E980 (9080-M9S)", serial: "78A4C21", site: 0, description: "营销业务应用主机" },
      { kind: "power", vendor: "IBM", model: "Power S924 (9009-42A)", serial: "7842F6B", site: 1, description: "灾备主机" },
      { kind: "ds8k", vendor: "IBM", model: "DS8900F (5341-996)", serial: "75HDL41", site: 0, description: "核心存储" },
      { kind: "tape", vendor: "IBM", model: "TS4500 (3584-L55)", serial: "78A2214", site: 1, description: "备份磁带库" },
      { kind: "exadata", vendor: "Oracle", model: "Exadata X8M-2 一体机", serial: "AK00412377", site: 0, description: "用电信息采集数据库" },
      { kind: "nexus", vendor: "Cisco", model: "Nexus 9336C-FX2", serial: "FDO23460Z1K", site: 0, description: "数据中心汇聚交换机" },
    ],
  },
  {
    name: "沪海银行数据中心",
    shortName: "沪海银行",
    phone: "021-6888 1200",
    email: "dc-ops@hhbank.example.cn",
    address: "上海市浦东新区张江高科技园区郭守敬路 498 号",
    city: "上海",
    contractSerial: 23,
    contractTitle: "核心业务系统 7×24 原厂级维保服务",
    targets: targets([15, 120], [30, 360], [60, 1440], [240, 2880]),
    sites: [
      { name: "张江数据中心", address: "上海市浦东新区郭守敬路 498 号" },
      { name: "外高桥同城灾备机房", address: "上海市浦东新区富特北路 211 号" },
    ],
    contacts: [
      { name: "李娜", title: "运维部经理", mobile: "139 1702 5566", phone: "021-6888 1234", email: "lina@hhbank.example.cn", isDesignated: true },
      { name: "徐文斌", title: "数据库管理员", mobile: "137 6123 0098", phone: "021-6888 1267", email: "xuwb@hhbank.example.cn" },
      { name: "蒋琳", title: "存储管理员", mobile: "135 2401 7783", phone: "021-6888 1290", email: "jianglin@hhbank.example.cn" },
    ],
    equipment: [
      { kind: "superdome", vendor: "HPE", model: "Superdome Flex 280", serial: "CZJ0420B7K", site: 0, description: "核心账务数据库服务器" },
      { kind: "primera", vendor: "HPE", model: "Primera A650", serial: "4UW0005521", site: 0, description: "核心账务存储" },
      { kind: "netapp", vendor: "NetApp", model: "AFF A400", serial: "721924000187", site: 1, description: "文件共享与影像存储" },
      { kind: "catalyst", vendor: "Cisco", model: "Catalyst 9500-48Y4C", serial: "FCW2331G0B5", site: 0, description: "核心交换机" },
      { kind: "oradb", vendor: "Oracle", model: "Oracle Database 19c RAC", serial: "CSI 21987654", site: 0, description: "核心账务数据库" },
      { kind: "dorado", vendor: "Huawei", model: "OceanStor Dorado 5000 V6", serial: "2102353GTK10M8000012", site: 1, description: "同城双活存储" },
    ],
  },
  {
    name: "南粤省立医院信息中心",
    shortName: "南粤省医",
    phone: "020-8382 7800",
    email: "xxzx@nyhospital.example.cn",
    address: "广州市越秀区中山二路 106 号",
    city: "广州",
    contractSerial: 35,
    contractTitle: "HIS/PACS 系统软硬件维保服务",
    targets: targets([30, 240], [60, 480], [240, 2880], [480, 5760]),
    sites: [
      { name: "越秀院区中心机房", address: "广州市越秀区中山二路 106 号门诊楼 B1" },
      { name: "番禺院区机房", address: "广州市番禺区兴南大道 368 号" },
    ],
    contacts: [
      { name: "陈志明", title: "信息中心主任", mobile: "138 2600 1357", phone: "020-8382 7812", email: "chenzm@nyhospital.example.cn", isDesignated: true },
      { name: "梁嘉欣", title: "系统工程师", mobile: "159 1876 2240", phone: "020-8382 7830", email: "liangjx@nyhospital.example.cn" },
      { name: "何伟", title: "网络工程师", mobile: "186 2011 4589", email: "hewei@nyhospital.example.cn" },
    ],
    equipment: [
      { kind: "poweredge", vendor: "Dell", model: "PowerEdge R750", serial: "7JX9K53", site: 0, description: "HIS 应用服务器" },
      { kind: "poweredge", vendor: "Dell", model: "PowerEdge R740", serial: "3FQ2L23", site: 1, description: "PACS 影像服务器" },
      { kind: "unity", vendor: "Dell", model: "Unity XT 480", serial: "CKM00201234567", site: 0, description: "PACS 影像存储" },
      { kind: "h3c-core", vendor: "H3C", model: "S12508X-AF", serial: "210235A1GSH19B000023", site: 0, description: "院区核心交换机" },
      { kind: "fusionserver", vendor: "Huawei", model: "FusionServer 2288H V5", serial: "2102311TYBN0K3000456", site: 0, description: "LIS 检验系统服务器" },
      { kind: "oradb", vendor: "Oracle", model: "Oracle Database 12c R2", serial: "CSI 20876532", site: 0, description: "HIS 数据库" },
    ],
  },
  {
    name: "京西云谷科技有限公司",
    shortName: "云谷科技",
    phone: "010-8288 6600",
    email: "it@yungu.example.cn",
    address: "北京市海淀区上地信息路 26 号",
    city: "北京",
    contractSerial: 42,
    contractTitle: "服务器与网络设备维保服务",
    targets: targets([60, 480], [120, 1440], [240, 2880], [480, 5760]),
    sites: [{ name: "上地研发楼机房", address: "北京市海淀区上地信息路 26 号 2 层" }],
    contacts: [
      { name: "孙立", title: "IT 主管", mobile: "133 1107 8890", phone: "010-8288 6601", email: "sunli@yungu.example.cn", isDesignated: true },
      { name: "郭宇航", title: "运维工程师", mobile: "188 1034 2271", email: "guoyh@yungu.example.cn" },
    ],
    equipment: [
      { kind: "poweredge", vendor: "Dell", model: "PowerEdge R740xd", serial: "9HKT8X2", site: 0, description: "虚拟化宿主机" },
      { kind: "h3c-access", vendor: "H3C", model: "S6850-56HF", serial: "210235A2DCH20A000118", site: 0, description: "服务器接入交换机" },
      { kind: "netapp", vendor: "NetApp", model: "FAS2750", serial: "791948000356", site: 0, description: "研发文件存储" },
    ],
  },
];

export type SeededCustomer = {
  id: string;
  seed: CustomerSeed;
  contacts: { id: string; name: string; number: string }[];
  designatedContactId: string;
  siteIds: string[];
  login?: UserActor;
};

export async function seedCustomers(deps: Deps, realNow: number): Promise<SeededCustomer[]> {
  const actor = systemActor;
  // contracts run for three years from the start of the month ten months ago
  const start = new Date(realNow - 300 * DAY_MS);
  const startsOn = `${start.getUTCFullYear()}-${String(start.getUTCMonth() + 1).padStart(2, "0")}-01`;
  const endsOn = `${start.getUTCFullYear() + 3}-${String(start.getUTCMonth() + 1).padStart(2, "0")}-01`;
  const seeded: SeededCustomer[] = [];
  for (const seed of CUSTOMERS) {
    const customer = await createCustomer(deps, {
      actor, name: seed.name, shortName: seed.shortName, phone: seed.phone, email: seed.email, address: seed.address, isDemo: true,
    });
    const contacts = [];
    for (const c of seed.contacts) {
      const contact = await createContact(deps, {
        actor, customerId: customer.id, name: c.name, title: c.title, mobile: c.mobile ?? null, phone: c.phone ?? null,
        email: c.email, isDesignated: c.isDesignated ?? false, isDemo: true,
      });
      contacts.push({ id: contact.id, name: contact.name, number: (c.mobile ?? c.phone)! });
    }
    const siteIds: string[] = [];
    for (const s of seed.sites) {
      siteIds.push((await createSite(deps, { actor, customerId: customer.id, name: s.name, address: s.address, city: seed.city, isDemo: true })).id);
    }
    await createContract(deps, {
      actor,
      customerId: customer.id,
      contractNo: `HT-${start.getUTCFullYear()}-${String(seed.contractSerial).padStart(3, "0")}`,
      title: seed.contractTitle,
      startsOn,
      endsOn,
      serviceHours: "7x24",
      targets: seed.targets,
      siteIds,
      equipment: seed.equipment.map((e) => ({ siteId: siteIds[e.site]!, vendor: e.vendor, model: e.model, serial: e.serial, description: e.description })),
      isDemo: true,
    });
    const designated = seed.contacts.findIndex((c) => c.isDesignated);
    seeded.push({ id: customer.id, seed, contacts, designatedContactId: contacts[designated]!.id, siteIds });
  }
  return seeded;
}

