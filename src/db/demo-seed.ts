import { createUser, findUserByEmail, systemActor, type Actor, type UserActor } from "../auth/index.js";
import { addNote, assignCase, logActivity, moveCase, openCase, takeOverCase, updateCase, type MoveAction } from "../cases/index.js";
import { createContact, createContract, createCustomer, createSite } from "../customers/index.js";
import type { FaultLevel, Role, ServiceTargets, UserRow } from "./schema.js";
import type { Deps } from "../shared/deps.js";
import { runDueTimers, type TimerHandler } from "../jobs/index.js";

/**
 * The demo support centre: four customer companies in Beijing, Shanghai and Guangzhou with
 * contacts, sites, contracts and covered equipment; a full staff; and 50 cases spread over the
 * last two months and across every status. Everything goes through the use cases, so the
 * activity log's hash chains are real, and every row is marked as demo.
 */
export const DEMO_PASSWORD = "casedesk-demo";

const DEMO_DOMAIN = "demo.casedesk.cn";
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

type CaseType = "hardware" | "software" | "network" | "consultation" | "maintenance";

// ---------------------------------------------------------------- customers, contracts, equipment

type EquipmentSeed = { kind: string; vendor: string; model: string; serial: string; site: number; description: string };
type ContactSeed = { name: string; title: string; mobile?: string; phone?: string; email: string; isDesignated?: boolean };
type CustomerSeed = {
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

// ---------------------------------------------------------------- staff

type StaffSeed = { key: string; role: Role; name: string; mobile: string };

const STAFF: StaffSeed[] = [
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

// ---------------------------------------------------------------- problems

type Problem = {
  /** the equipment kind the problem happens on; the customer is picked among those owning one */
  kind: string;
  type: CaseType;
  level: FaultLevel;
  subject: string;
  description: string;
  /** what the engineer finds first, remotely */
  diagnosis: string;
  resolution: string;
  /** what has to be replaced: makes on-site visits and waiting for parts plausible */
  parts?: string;
  /** why the original manufacturer is needed: makes escalation and waiting for the vendor plausible */
  vendorNeed?: string;
  /** what the customer must provide or confirm */
  customerAsk?: string;
};

// {model}, {serial} and {site} are filled from the affected equipment
const PROBLEMS = {
  "power-src": {
    kind: "power", type: "hardware", level: "S2",
    subject: "{model} HMC 报 SRC B7006970，处理器节点告警",
    description: "HMC 上 {model}（序列号 {serial}）出现可维修事件 SRC B7006970，涉及 CEC 节点 2。LPAR 仍在运行，客户担心月底结算期间业务中断，要求尽快处理。",
    diagnosis: "远程查看 HMC 可维修事件和 PEL 日志：节点 2 一条 DIMM 通道持续报可纠正错误，已被固件 guard，当前冗余正常。",
    parts: "内存条 FRU 78P6815（64GB DDR4 CDIMM）",
    vendorNeed: "需 IBM 二线确认 guard 资源能否并发维护更换，已开 IBM 原厂 case TS013524871。",
    resolution: "在维护窗口内并发维护更换 FRU 78P6815 内存条，清除 guard，HMC 无新增 SRC，各 LPAR 运行正常。",
  },
  "power-powerha": {
    kind: "power", type: "software", level: "S2",
    subject: "AIX 补丁升级后 PowerHA 切换演练失败",
    description: "客户在 {model} 上将 AIX 升级到 7.2 TL5 SP6 后做 PowerHA 切换演练，资源组在备机上无法上线，clstat 显示 ERROR 状态。",
    diagnosis: "hacmp.out 显示卷组 datavg 在备机 varyon 失败，两节点 PowerHA 版本和 AIX 补丁级别不一致。",
    vendorNeed: "PowerHA 7.2.5 与新 TL 组合存在兼容性疑问，需 IBM 软件支持确认，已开 IBM 原厂 case TS013611209。",
    resolution: "两节点统一升级到 PowerHA 7.2.5 SP5 并同步集群配置，切换演练成功，资源组 3 分钟内在备机上线。",
  },
  "power-inspect": {
    kind: "power", type: "maintenance", level: "S4",
    subject: "季度巡检：{model} 健康检查与错误日志分析",
    description: "按合同约定对 {model}（{site}）进行季度预防性维护：全面诊断、错误日志和历史记录检查、微码版本核查、关键部件检查。",
    diagnosis: "远程收集 errpt、HMC 可维修事件、snap 与 lsmcode 输出，微码比最新 GA 版本低一个小版本。",
    customerAsk: "请客户确认巡检时间并在堡垒机开通临时账号。",
    resolution: "巡检完成：错误日志无硬件告警，电源风扇正常，微码升级建议已写入巡检报告，报告已发送客户。",
  },
  "ds8k-disk": {
    kind: "ds8k", type: "hardware", level: "S2",
    subject: "{model} 阵列硬盘故障，RAID 组降级",
    description: "客户监控平台告警：{model}（序列号 {serial}）一块闪存模块故障，RAID 6 阵列 A12 降级运行，热备已开始重建。",
    diagnosis: "DS CLI lsddm 显示 DDM R1-A2-D7 状态 Failed，热备重建进度 35%，其余 DDM 正常。",
    parts: "闪存模块 FRU 01LL581（3.84TB HPFE）",
    resolution: "更换故障闪存模块，阵列重建完成，RAID 组状态恢复 Normal，lsddm 无异常。",
  },
  "ds8k-mcode": {
    kind: "ds8k", type: "consultation", level: "S4",
    subject: "微码升级咨询：{model} 是否需要升级至 R9.3 SP2",
    description: "客户收到 IBM 的 flash 公告，询问 {model} 当前微码是否受影响、是否需要升级，以及升级对业务的影响。",
    diagnosis: "根据客户提供的版本信息，当前微码 89.21 受公告影响，需评估与主机多路径软件的兼容性。",
    customerAsk: "请客户提供 DS CLI ver -l 与各主机 SDDPCM/AIXPCM 版本信息。",
    resolution: "已提供微码兼容性矩阵、升级步骤和回退方案，建议在下个季度维护窗口升级至 R9.3 SP2（89.32.x），升级为并发方式，不中断业务。",
  },
  "tape-stuck": {
    kind: "tape", type: "hardware", level: "S2",
    subject: "{model} 磁带库机械手卡带，备份作业挂起",
    description: "{site} 的 {model} 机械手在 F3 框卡住一盘 LTO-8 磁带，磁带库进入 Pause 状态，夜间备份作业全部挂起。",
    diagnosis: "磁带库管理界面报 accessor 夹持器故障（E8 代码），无法自动恢复。",
    parts: "机械手夹持器组件（accessor gripper）",
    resolution: "现场手工取出卡带，更换机械手夹持器组件，完成库存盘点，补跑备份作业成功。",
  },
  "backup-fail": {
    kind: "tape", type: "software", level: "S3",
    subject: "备份作业失败：Spectrum Protect 报 ANR8447E 无可用磁带机",
    description: "最近两晚核心系统全备失败，Spectrum Protect 活动日志报 ANR8447E No drives are currently available，磁带库为 {model}。",
    diagnosis: "q path 显示两台驱动器路径为 offline，驱动器微码与服务器版本不匹配。",
    customerAsk: "请客户提供 dsmserv 活动日志（最近 48 小时）和 q drive f=d 输出。",
    resolution: "重新定义驱动器路径并升级驱动器微码，补跑全备成功，后续三晚备份正常。",
  },
  "exadata-cell": {
    kind: "exadata", type: "software", level: "S2",
    subject: "Exadata 存储节点 cellsrv 进程异常重启",
    description: "{model}（{site}）的存储节点 cel03 的 cellsrv 进程一天内重启 3 次，数据库出现短暂 IO 等待，业务响应变慢。",
    diagnosis: "alert.log 显示 cellsrv 遇到 ORA-600 [CacheGet::process_2] 后自动重启，已生成 incident 包。",
    vendorNeed: "ORA-600 需 Oracle 原厂分析 incident 包，已在 My Oracle Support 提交 SR 3-31234567891。",
    resolution: "按 Oracle 建议对存储节点滚动应用 Exadata 21.2.18 补丁修复 cellsrv 已知缺陷，观察一周未再重启。",
  },
  "exadata-patch": {
    kind: "exadata", type: "maintenance", level: "S3",
    subject: "Exadata 季度补丁（QFSDP）实施",
    description: "按维保计划对 {model} 实施季度全栈补丁：存储节点、数据库节点和 RoCE 交换机滚动升级。",
    diagnosis: "已完成补丁前检查（exachk），无阻断项，预计滚动升级需 6 小时。",
    customerAsk: "请客户确认停机窗口和变更单编号。",
    resolution: "在维护窗口内完成 QFSDP 滚动升级，exachk 复检通过，数据库与业务验证正常。",
  },
  "oradb-down": {
    kind: "oradb", type: "software", level: "S1",
    subject: "核心数据库宕机，RAC 两节点实例均无法启动",
    description: "凌晨 {model} 两个节点实例相继宕机，重启时报 ORA-00600 [kcratr_nab_less_than_odr]，核心业务中断。",
    diagnosis: "告警日志显示存储短暂抖动后实例崩溃恢复失败，控制文件与在线日志不一致。",
    vendorNeed: "ORA-00600 涉及实例恢复，需 Oracle 原厂确认恢复方案，已提交 S1 级 SR 3-31298765401。",
    resolution: "按 Oracle 指导执行介质恢复并以 resetlogs 打开数据库，两节点实例恢复，数据核对无丢失，业务于 04:20 恢复。",
  },
  "oradb-archive": {
    kind: "oradb", type: "software", level: "S1",
    subject: "数据库归档空间满，应用写入挂起",
    description: "{model} 报 ORA-00257 archiver error，闪回恢复区使用率 100%，前台业务无法提交。",
    diagnosis: "RMAN 归档删除策略未生效，近三天归档未清理。",
    resolution: "确认归档已备份后清理，扩容 FRA 至 2TB，修正 RMAN 归档删除策略，业务恢复正常。",
  },
  "oradb-slow": {
    kind: "oradb", type: "software", level: "S3",
    subject: "数据库性能下降，AWR 显示大量 log file sync 等待",
    description: "每天上午 9–11 点业务高峰 {model} 响应变慢，应用报超时，AWR 报告中 log file sync 排在等待事件首位。",
    diagnosis: "redo 日志所在 LUN 平均写延迟 18ms，与数据文件共用同一存储池。",
    customerAsk: "请客户提供故障时段的 AWR 报告和存储侧性能数据。",
    resolution: "将 redo 日志迁移至独立的 SSD 磁盘组，log file sync 平均等待降至 1ms 以下，高峰期响应恢复正常。",
  },
  "oradb-patch": {
    kind: "oradb", type: "consultation", level: "S4",
    subject: "Oracle 补丁 RU 选择咨询",
    description: "客户计划年底对 {model} 打补丁，询问应选择哪个 Release Update 以及是否需要同时打 OJVM 补丁。",
    diagnosis: "核对客户当前补丁清单（opatch lspatches），与最新 RU 相差 4 个季度。",
    resolution: "建议升级至最新 RU 并附带 OJVM 补丁，已提供补丁清单、冲突检查结果与回退方案。",
  },
  "nexus-flap": {
    kind: "nexus", type: "network", level: "S2",
    subject: "交换机端口闪断，{model} Eth1/12 频繁 up/down",
    description: "{site} 汇聚交换机 {model} 的 Eth1/12 上联端口一小时内闪断 20 余次，下联服务器业务间歇性中断。",
    diagnosis: "show interface 显示 CRC 错误持续增长，光模块收光功率 -11.8 dBm，接近阈值。",
    parts: "40G QSFP 光模块（QSFP-40G-SR-BD）",
    resolution: "清洁光纤端面，更换 QSFP 光模块与跳线，端口观察 48 小时无闪断，CRC 不再增长。",
  },
  "nexus-psirt": {
    kind: "nexus", type: "consultation", level: "S4",
    subject: "NX-OS 安全公告影响评估咨询",
    description: "客户安全部门转来 Cisco 最新 NX-OS 安全公告，询问 {model} 是否受影响及处置建议。",
    diagnosis: "当前版本 NX-OS 9.3(8)，公告涉及的功能需逐项核对配置。",
    resolution: "核对配置后确认受影响功能未启用，风险低；建议结合下次变更窗口升级至 9.3(12)，已出具评估说明。",
  },
  "superdome-ecc": {
    kind: "superdome", type: "hardware", level: "S3",
    subject: "内存ECC错误：{model} iLO 报 Correctable Memory Error 超阈值",
    description: "{model}（序列号 {serial}）iLO 事件日志频繁出现 Correctable Memory Error，提示 Socket 2 DIMM 6 超过阈值。",
    diagnosis: "收集 AHS 日志分析，确认为单根 DIMM 可纠正错误持续增长，建议预防性更换。",
    parts: "32GB DDR4 RDIMM（P06033-B21）",
    resolution: "更换 Socket 2 DIMM 6，运行内存诊断通过，iLO 日志无新告警。",
  },
  "superdome-firmware": {
    kind: "superdome", type: "maintenance", level: "S3",
    subject: "微码升级实施：{model} 系统固件升级",
    description: "按 HPE 建议对 {model} 升级 RMC 与系统固件，需停机约 2 小时，由客户安排停机窗口。",
    diagnosis: "已下载固件包并完成兼容性检查，当前 OS 与驱动版本满足要求。",
    customerAsk: "请客户确认停机窗口、变更单号和业务侧验证人员。",
    resolution: "在 02:00–04:00 窗口完成 RMC 和系统固件升级，各分区启动正常，业务验证通过。",
  },
  "primera-node": {
    kind: "primera", type: "hardware", level: "S1",
    subject: "存储控制器告警：{model} 节点 1 重启后部分 LUN 路径丢失",
    description: "{model} 节点 1 无故重启，核心账务数据库服务器有一半路径丢失，多路径软件报 path failed，业务仍在单路径运行。",
    diagnosis: "showalert 显示节点 1 报 PCIe 错误后被看门狗重启，InSplore 日志已收集。",
    vendorNeed: "节点重启原因需 HPE 原厂分析 InSplore 日志，已开 HPE 原厂 case 5071234567。",
    parts: "Primera A650 节点控制器板",
    resolution: "HPE 确认节点控制器硬件故障，更换节点 1 控制器板，所有主机路径恢复，多路径冗余正常。",
  },
  "netapp-takeover": {
    kind: "netapp", type: "hardware", level: "S1",
    subject: "{model} 节点 panic，发生 takeover",
    description: "{model}（序列号 {serial}）节点 B panic 后由节点 A 接管（takeover），NFS 共享短暂中断，目前单节点运行。",
    diagnosis: "event log 显示 panic 字符串 \"WAFL hung\"，core 文件已生成。",
    vendorNeed: "需 NetApp 原厂分析 core 文件，已上传并开立 NetApp case 2009876543。",
    resolution: "NetApp 确认 ONTAP 已知缺陷，升级至修复版本后执行 giveback，双节点运行正常。",
  },
  "netapp-snapmirror": {
    kind: "netapp", type: "software", level: "S3",
    subject: "SnapMirror 同步延迟超过 6 小时",
    description: "{model} 到灾备端的 SnapMirror 关系 lag time 超过 6 小时，监控持续告警。",
    diagnosis: "复制时段与夜间备份重叠，复制链路带宽被占满。",
    customerAsk: "请客户确认可用的复制时间窗口和链路带宽上限。",
    resolution: "配置复制 QoS 并调整复制计划避开备份窗口，lag time 恢复到 10 分钟以内。",
  },
  "catalyst-cpu": {
    kind: "catalyst", type: "network", level: "S2",
    subject: "核心交换机 CPU 利用率持续 90% 以上",
    description: "{model} CPU 利用率从上午开始持续 90% 以上，SSH 登录缓慢，部分网段 ping 丢包。",
    diagnosis: "show processes cpu 显示 ARP Input 进程占用高，某服务器网段存在 ARP 风暴。",
    resolution: "定位到一台服务器网卡故障引发 ARP 风暴，隔离该端口并启用 CoPP 限速，CPU 降至 15%。",
  },
  "dorado-ctrl": {
    kind: "dorado", type: "hardware", level: "S2",
    subject: "存储控制器告警：{model} 控制器 A 故障",
    description: "{model}（{site}）控制器 A 告警离线，业务已自动切换至控制器 B，目前无冗余。",
    diagnosis: "DeviceManager 显示控制器 A 状态 Fault，告警 ID 0xF00170015。",
    vendorNeed: "需华为二线确认控制器故障原因和更换方案，已开华为技术支持工单。",
    parts: "Dorado 5000 V6 控制器模块",
    resolution: "更换控制器 A，双控恢复，HyperMetro 同步正常，告警全部消除。",
  },
  "dorado-hypermetro": {
    kind: "dorado", type: "network", level: "S2",
    subject: "HyperMetro 复制链路中断，双活仲裁告警",
    description: "{model} 双活复制链路一条中断，仲裁服务器告警，双活处于单链路运行状态。",
    diagnosis: "复制端口光功率为 -40 dBm，怀疑两中心之间的波分链路故障。",
    customerAsk: "请客户联系运营商确认两中心之间的裸光纤与波分链路状态。",
    resolution: "运营商修复一路波道后复制链路恢复，完成增量同步，双活状态正常。",
  },
  "dorado-expand": {
    kind: "dorado", type: "consultation", level: "S4",
    subject: "存储扩容方案咨询（新增 2 个硬盘框）",
    description: "客户明年影像数据预计增长 200TB，询问 {model} 扩容方案、兼容的硬盘框型号和实施影响。",
    diagnosis: "当前容量使用率 72%，控制器支持新增 SAS 硬盘框。",
    resolution: "已提供扩容方案与配置清单，建议新增 2 个 25 盘位 SAS 硬盘框，可在线扩容不影响业务。",
  },
  "poweredge-psu": {
    kind: "poweredge", type: "hardware", level: "S1",
    subject: "断电后无法启动，{model} 前面板报电源故障",
    description: "机房 UPS 切换后 {model}（服务标签 {serial}）无法开机，前面板 LCD 显示 PSU 1 故障，应用服务中断。",
    diagnosis: "iDRAC 日志显示 PSU1 输入电压丢失后报 failure，PSU2 指示灯不亮，双电源均异常。",
    parts: "1100W 电源模块（DP/N 0YW0Y1）两个",
    resolution: "更换两个故障电源模块，服务器开机自检通过，应用恢复，建议客户检查 PDU 接线。",
  },
  "poweredge-raid": {
    kind: "poweredge", type: "hardware", level: "S3",
    subject: "硬盘故障：{model} PERC 报虚拟磁盘降级",
    description: "{model}（服务标签 {serial}）iDRAC 告警 Virtual Disk 0 Degraded，物理盘 0:1:3 状态 Failed。",
    diagnosis: "TSR 日志确认 0:1:3 硬盘介质错误，RAID5 降级运行，无热备盘。",
    parts: "1.2TB 10K SAS 硬盘",
    resolution: "热插拔更换故障硬盘，RAID5 重建完成，虚拟磁盘状态 Optimal。",
  },
  "poweredge-idrac": {
    kind: "poweredge", type: "consultation", level: "S4",
    subject: "BIOS 与 iDRAC 固件兼容性咨询",
    description: "客户计划升级 {model} 的 BIOS，询问与当前 iDRAC 和 PERC 固件的兼容性及升级顺序。",
    diagnosis: "当前 BIOS 1.3.8、iDRAC 5.00，需按 Dell 建议顺序升级。",
    customerAsk: "请客户导出 SupportAssist 收集包（TSR）以核对全部固件版本。",
    resolution: "已提供升级顺序（iDRAC → BIOS → PERC → 网卡）和固件包下载地址，升级可在一次重启内完成。",
  },
  "ups-maintenance": {
    kind: "poweredge", type: "maintenance", level: "S3",
    subject: "机房 UPS 检修期间服务器有序下电与上电保障",
    description: "{site} 计划 UPS 检修，需工程师现场保障 {model} 等服务器有序下电和上电，并在上电后做健康检查。",
    diagnosis: "已与客户核对设备清单和下电顺序：应用服务器 → 数据库服务器 → 存储。",
    customerAsk: "请客户确认下电顺序和业务停机通知。",
    resolution: "现场完成有序下电与上电，所有服务器自检通过，应用和数据库验证正常。",
  },
  "unity-disk": {
    kind: "unity", type: "hardware", level: "S3",
    subject: "硬盘故障：{model} DPE 槽位 0_7 硬盘亮黄灯",
    description: "{model}（序列号 {serial}）Unisphere 告警 DPE 槽位 0_7 硬盘故障，热备盘已接管。",
    diagnosis: "Unisphere 显示 0_7 状态 Faulted，热备重建已完成，存储池状态正常。",
    parts: "Unity 1.92TB SAS 闪存盘",
    resolution: "更换 0_7 硬盘，热备回切完成，存储池无告警。",
  },
  "h3c-irf": {
    kind: "h3c-core", type: "network", level: "S1",
    subject: "H3C 核心交换机板卡异常重启，IRF 分裂",
    description: "{model} 成员 2 的一块接口板异常重启后 IRF 分裂，MAD 检测将成员 2 端口关闭，门诊部分科室网络中断。",
    diagnosis: "display logbuffer 显示接口板 slot 2/3 报 hardware fault 后重启，IRF 物理链路在该板上。",
    vendorNeed: "需 H3C 原厂分析诊断信息（display diagnostic-information），已开 H3C 400 工单。",
    parts: "LSXM1CGQ36HB1 接口板",
    resolution: "H3C 确认接口板硬件故障，更换后 IRF 恢复合并，MAD 检测正常，各科室网络恢复。",
  },
  "h3c-optic": {
    kind: "h3c-access", type: "network", level: "S3",
    subject: "光模块告警：{model} 端口 Rx Power 过低",
    description: "{model} Ten-GigabitEthernet1/0/12 光模块告警收光功率过低，连接的虚拟化宿主机偶发丢包。",
    diagnosis: "display transceiver diagnosis 显示 Rx Power -14.2 dBm，低于告警阈值。",
    parts: "10G SFP+ 多模光模块（SFP-XG-SX-MM850-A）",
    resolution: "清洁光纤端面并更换光模块，收光功率恢复到 -2.5 dBm，丢包消失。",
  },
  "fusion-fan": {
    kind: "fusionserver", type: "hardware", level: "S3",
    subject: "服务器风扇故障告警，iBMC 显示 FAN3 转速为 0",
    description: "{model}（序列号 {serial}）iBMC 告警 FAN3 故障，其余风扇已全速运转，机器温度正常。",
    diagnosis: "iBMC 一键收集日志确认 FAN3 电机故障。",
    parts: "风扇模块（BOM 02312CHJ）",
    resolution: "热插拔更换 FAN3，iBMC 告警消除，风扇转速恢复正常。",
  },
  "fusion-boot": {
    kind: "fusionserver", type: "software", level: "S2",
    subject: "操作系统补丁更新后无法启动，停在 dracut emergency shell",
    description: "客户对 {model} 执行系统补丁更新后重启，系统停在 dracut emergency shell，LIS 检验系统中断。",
    diagnosis: "通过 iBMC 远程控制台查看：新内核的 initramfs 缺少 RAID 卡驱动。",
    resolution: "从救援模式为新内核重新生成包含 RAID 驱动的 initramfs 和 grub 配置，系统正常启动，LIS 恢复。",
  },
} satisfies Record<string, Problem>;

// ---------------------------------------------------------------- the 50 cases

type Story =
  | "new" | "assigned" | "reassigned" | "in_progress" | "taken_over" | "escalated"
  | "waiting_customer" | "waiting_vendor" | "waiting_parts"
  | "resolved" | "resolved_parts" | "resolved_vendor"
  | "closed" | "closed_parts" | "closed_vendor" | "closed_customer"
  | "reopened" | "reopened_closed" | "reopened_parts";

const PLAN: [Story, keyof typeof PROBLEMS][] = [
  ["new", "dorado-expand"], ["new", "poweredge-raid"], ["new", "oradb-archive"], ["new", "fusion-fan"],
  ["assigned", "catalyst-cpu"], ["assigned", "backup-fail"], ["assigned", "poweredge-idrac"], ["reassigned", "h3c-optic"],
  ["in_progress", "oradb-slow"], ["in_progress", "netapp-snapmirror"], ["in_progress", "fusion-boot"], ["in_progress", "superdome-ecc"],
  ["taken_over", "tape-stuck"], ["reopened", "unity-disk"],
  ["escalated", "exadata-cell"], ["escalated", "power-powerha"], ["escalated", "dorado-hypermetro"], ["escalated", "oradb-slow"],
  ["waiting_customer", "ds8k-mcode"], ["waiting_customer", "superdome-firmware"], ["waiting_customer", "exadata-patch"], ["waiting_customer", "ups-maintenance"],
  ["waiting_vendor", "oradb-down"], ["waiting_vendor", "netapp-takeover"], ["waiting_vendor", "h3c-irf"], ["waiting_vendor", "primera-node"],
  ["waiting_parts", "ds8k-disk"], ["waiting_parts", "poweredge-psu"], ["waiting_parts", "dorado-ctrl"], ["waiting_parts", "nexus-flap"],
  ["reopened_parts", "h3c-optic"],
  ["resolved", "oradb-patch"], ["resolved", "catalyst-cpu"], ["resolved", "fusion-boot"],
  ["resolved_parts", "unity-disk"], ["resolved_parts", "fusion-fan"], ["resolved_vendor", "exadata-cell"],
  ["closed", "power-inspect"], ["closed", "oradb-archive"], ["closed", "dorado-hypermetro"], ["closed", "nexus-psirt"], ["closed", "backup-fail"],
  ["closed_parts", "superdome-ecc"], ["closed_parts", "poweredge-psu"], ["closed_parts", "power-src"],
  ["closed_vendor", "netapp-takeover"], ["closed_vendor", "dorado-ctrl"],
  ["closed_customer", "netapp-snapmirror"], ["closed_customer", "poweredge-idrac"],
  ["reopened_closed", "ds8k-disk"],
];

/** How long ago (in days) a case in each story was opened: fresh ones are new, old ones closed. */
const AGE_DAYS: Record<Story, [number, number]> = {
  // open and unanswered: younger than the first reminder, so the console shows their clocks running
  new: [0.002, 0.015], assigned: [0.004, 0.018], reassigned: [0.08, 0.4],
  in_progress: [0.3, 6], taken_over: [1, 6], escalated: [1, 8],
  waiting_customer: [2, 15], waiting_vendor: [2, 15], waiting_parts: [2, 12],
  resolved: [1, 6], resolved_parts: [3, 9], resolved_vendor: [4, 10],
  closed: [8, 58], closed_parts: [10, 58], closed_vendor: [12, 58], closed_customer: [10, 58],
  reopened: [12, 40], reopened_closed: [20, 50], reopened_parts: [12, 40],
};

const FINISHED = new Set<Story>(["resolved", "resolved_parts", "resolved_vendor", "closed", "closed_parts", "closed_vendor", "closed_customer", "reopened_closed"]);

// ---------------------------------------------------------------- seeding

/** Loads the demo support centre once; answers null when demo data is already there. */
export async function seedDemo(
  deps: Deps,
  options: { timerHandlers?: Record<string, TimerHandler> } = {},
): Promise<{ logins: { role: string; email: string }[] } | null> {
  if (await hasDemoData(deps)) return null;
  const started = Date.now();
  const realNow = deps.clock.now().getTime();
  const clock = { at: realNow - 120 * DAY_MS };
  const timed: Deps = { ...deps, clock: { now: () => new Date(clock.at) } };
  // the centre's timers (reminders, breaches, auto-close) fire as the seed's clock moves, so the
  // history reads as if casedesk had been running all along
  const quiet: Deps = { ...timed, logger: deps.logger.child({}, { level: "silent" }) };
  const fireDueTimers = async () => {
    if (options.timerHandlers) await runDueTimers(quiet, options.timerHandlers);
  };
  const random = mulberry32(20_260_617);

  // argon2 runs off the event loop: the staff's passwords hash while the customers are written
  const [customers, staff] = await Promise.all([seedCustomers(timed, realNow), seedStaff(timed)]);
  const customerLogins = await Promise.all(
    customers.map((customer) => {
      const contact = customer.seed.contacts.find((c) => c.isDesignated)!;
      return createUser(timed, {
        actor: systemActor, email: contact.email, name: contact.name, role: "customer", phone: contact.mobile ?? contact.phone,
        customerId: customer.id, password: DEMO_PASSWORD, isDemo: true,
      });
    }),
  );
  customers.forEach((customer, i) => (customer.login = actorOf(customerLogins[i]!)));

  const cases = PLAN.map(([story, problemKey]) => {
    const problem: Problem = PROBLEMS[problemKey];
    const owners = customers.filter((c) => c.seed.equipment.some((e) => e.kind === problem.kind));
    const customer = pick(random, owners);
    const equipment = pick(random, customer.seed.equipment.filter((e) => e.kind === problem.kind));
    const [from, to] = AGE_DAYS[story];
    // a system-down case is not left open for weeks
    const age = (from + random() * (to - from)) * (problem.level === "S1" && !FINISHED.has(story) ? 0.25 : 1);
    const openedAt = realNow - Math.round(age * DAY_MS);
    return { story, problem, customer, equipment, openedAt };
  }).sort((a, b) => a.openedAt - b.openedAt);

  let actions = 0;
  for (const plan of cases) {
    const steps = script(plan, staff, random);
    // squeeze the story into the time between its opening and now, keeping its order
    const planned = steps.reduce((sum, step) => sum + step.gapMinutes, 0) * MINUTE_MS;
    const room = realNow - MINUTE_MS - plan.openedAt;
    const scale = planned > room ? room / planned : 1;
    clock.at = plan.openedAt;
    const ctx: StepContext = { caseId: "", at: () => new Date(clock.at), gapMs: 0 };
    for (const step of steps) {
      ctx.gapMs = Math.round(step.gapMinutes * MINUTE_MS * scale);
      clock.at += ctx.gapMs;
      await fireDueTimers();
      await step.run(timed, ctx);
      actions++;
    }
  }
  clock.at = realNow;
  await fireDueTimers();
  deps.logger.info({ cases: cases.length, actions, ms: Date.now() - started }, "demo data loaded");

  const logins = [
    ...STAFF.map((s) => ({ role: s.role as string, email: `${s.key}@${DEMO_DOMAIN}` })),
    ...customerLogins.map((u) => ({ role: "customer", email: u.email })),
  ];
  return { logins };
}

async function hasDemoData(deps: Deps): Promise<boolean> {
  const demoUser = await deps.db.selectFrom("users").select("id").where("isDemo", "=", true).limit(1).executeTakeFirst();
  const demoCustomer = await deps.db.selectFrom("customers").select("id").where("isDemo", "=", true).limit(1).executeTakeFirst();
  return Boolean(demoUser || demoCustomer || (await findUserByEmail(deps.db, `dispatcher1@${DEMO_DOMAIN}`)));
}

type SeededCustomer = {
  id: string;
  seed: CustomerSeed;
  contacts: { id: string; name: string; number: string }[];
  designatedContactId: string;
  siteIds: string[];
  login?: UserActor;
};

async function seedCustomers(deps: Deps, realNow: number): Promise<SeededCustomer[]> {
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

type Staff = Record<"dispatchers" | "engineers" | "experts" | "rma", UserActor[]>;

async function seedStaff(deps: Deps): Promise<Staff> {
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

const actorOf = (user: UserRow): UserActor => ({
  kind: "user", id: user.id, role: user.role, customerId: user.customerId, name: user.name, language: user.language,
});

// ---------------------------------------------------------------- one case's story

/** The case being written, the seed clock's now, and the time since the step before (a session or visit fits in it). */
type StepContext = { caseId: string; at: () => Date; gapMs: number };
type Step = { gapMinutes: number; run: (deps: Deps, ctx: StepContext) => Promise<unknown> };
type CasePlan = { story: Story; problem: Problem; customer: SeededCustomer; equipment: EquipmentSeed; openedAt: number };

const CHANNEL_WEIGHTS: ["phone" | "email" | "web" | "fax", number][] = [["phone", 0.5], ["email", 0.22], ["web", 0.2], ["fax", 0.08]];
/** Minutes an engineer takes to respond, and between two working steps, by fault level. */
// within the 45 minutes after which the response ladder reassigns the case (some past the 30-minute reminder)
const RESPOND_MINUTES: Record<FaultLevel, [number, number]> = { S1: [5, 20], S2: [10, 35], S3: [15, 40], S4: [20, 43] };
const WORK_MINUTES: Record<FaultLevel, [number, number]> = { S1: [30, 120], S2: [60, 240], S3: [120, 1440], S4: [240, 2880] };
const REMOTE_TOOLS = ["客户堡垒机 + SSH", "WebEx 远程协助", "向日葵远程控制", "VPN + 管理口"];
const DEPOTS = ["北京亦庄备件库", "上海外高桥备件库", "广州黄埔备件库"];

/** The steps of one case, from opening to wherever its story ends, with the minutes before each. */
function script(plan: CasePlan, staff: Staff, random: () => number): Step[] {
  const { story, problem, customer, equipment } = plan;
  const fill = (text: string) =>
    text.replaceAll("{model}", equipment.model).replaceAll("{serial}", equipment.serial).replaceAll("{site}", customer.seed.sites[equipment.site]!.name);
  const between = (from: number, to: number) => from + random() * (to - from);
  const within = ([from, to]: readonly [number, number]) => between(from, to);
  const level = problem.level;
  const gap = {
    respond: () => within(RESPOND_MINUTES[level]),
    work: () => within(WORK_MINUTES[level]),
    travel: () => (level === "S1" ? between(60, 150) : between(240, 1800)),
    long: () => between(720, 4320),
    short: () => between(2, 15),
  };

  const channel = weighted(random, CHANNEL_WEIGHTS);
  const dispatcher = pick(random, staff.dispatchers);
  const [engineer, otherEngineer] = shuffle(random, staff.engineers) as [UserActor, UserActor];
  const expert = ["hardware", "maintenance"].includes(problem.type) && equipment.vendor !== "Cisco" && equipment.vendor !== "H3C"
    ? staff.experts[0]!
    : staff.experts[1]!;
  const rma = staff.rma[0]!;
  const customerUser = customer.login!;
  const contact = channel === "web" ? customer.contacts.find((c) => c.id === customer.designatedContactId)! : pick(random, customer.contacts);
  const siteId = customer.siteIds[equipment.site]!;
  const steps: Step[] = [];
  const add = (gapMinutes: number, run: Step["run"]) => steps.push({ gapMinutes, run });

  // actions
  const call = (actor: Actor, direction: "inbound" | "outbound", summary: string, minutes: number) =>
    add(gap.short(), (d, c) => logActivity(d, {
      actor, caseId: c.caseId, visibility: "public",
      activity: { type: "call", direction, number: contact.number, durationSeconds: Math.round(minutes * 60 + random() * 59), summary },
    }));
  const note = (gapMinutes: number, actor: Actor, body: string, visibility: "public" | "internal") =>
    add(gapMinutes, (d, c) => addNote(d, { actor, caseId: c.caseId, body, visibility }));
  const move = (gapMinutes: number, actor: Actor, action: MoveAction, extra: Omit<Parameters<typeof moveCase>[1], "actor" | "caseId" | "action"> = {}) =>
    add(gapMinutes, (d, c) => moveCase(d, { actor, caseId: c.caseId, action, ...extra }));
  // a session or visit ends at the step's instant and starts no earlier than the step before
  const startOf = (c: StepContext, minutes: number) => new Date(c.at().getTime() - Math.min(minutes * MINUTE_MS, c.gapMs * 0.9));
  const remote = (actor: Actor, summary: string) => {
    const minutes = between(20, 90);
    add(gap.work(), (d, c) => logActivity(d, {
      actor, caseId: c.caseId, visibility: "public",
      activity: { type: "remote_session", tool: pick(random, REMOTE_TOOLS), startedAt: startOf(c, minutes), endedAt: c.at(), summary },
    }));
  };
  const onsite = (actor: Actor, workDone: string) => {
    const minutes = between(90, 240);
    add(gap.travel() + minutes, (d, c) => logActivity(d, {
      actor, caseId: c.caseId, visibility: "public",
      activity: { type: "onsite_visit", siteId, arrivedAt: startOf(c, minutes), departedAt: c.at(), workDone },
    }));
  };

  // phases
  const open = () => {
    const opener: Actor = channel === "web" ? customerUser : dispatcher;
    const lead = { phone: "", email: "（邮件报修）", web: "", fax: "（客户传真报修，传真件已存档）" }[channel];
    add(0, async (d, c) => {
      const opened = await openCase(d, {
        actor: opener, subject: fill(problem.subject), description: lead + fill(problem.description), channel,
        vendor: equipment.vendor, caseType: problem.type, faultLevel: level, contactId: contact.id, siteId, isDemo: true,
      });
      c.caseId = opened.case.id;
    });
    if (channel === "phone") call(dispatcher, "inbound", `${contact.name}来电报修：${fill(problem.subject)}。已记录故障现象并告知稍后由值班工程师联系。`, between(3, 9));
  };
  const assign = () => add(gap.short(), (d, c) => assignCase(d, { actor: dispatcher, caseId: c.caseId, assigneeId: engineer.id }));
  const respond = (by: UserActor = engineer) => {
    add(gap.respond(), (d, c) => logActivity(d, {
      actor: by, caseId: c.caseId, visibility: "public",
      activity: { type: "call", direction: "outbound", number: contact.number, durationSeconds: Math.round(between(240, 900)), summary: level === "S1"
        ? `联系${contact.name}启动紧急响应：确认业务影响范围，工程师立即远程介入，同时准备赴现场。`
        : `联系${contact.name}确认故障现象和影响范围，约定先远程排查。` },
    }));
    move(1, by, "respond");
  };
  const diagnose = (by: UserActor = engineer) => remote(by, fill(problem.diagnosis));
  const begin = () => { open(); assign(); respond(); diagnose(); };
  const escalate = () => {
    if (level === "S3" && problem.type !== "consultation") {
      add(gap.short(), (d, c) => updateCase(d, { actor: dispatcher, caseId: c.caseId, faultLevel: "S2", priority: "P2" }));
    }
    move(gap.work(), engineer, "escalate", { expertId: expert.id, reason: problem.vendorNeed ? `排查后判断需要原厂支持：${problem.vendorNeed}` : "远程排查未找到根因，问题复杂，申请技术专家支持。" });
    note(gap.respond(), expert, `专家意见：已审阅日志。${problem.vendorNeed ? "确认需要原厂支持，由我负责与原厂对接。" : "建议收集更多性能数据后再定方案，已把分析要点告知工程师。"}`, "internal");
  };
  const waitVendor = () => {
    const by = problem.vendorNeed ? expert : engineer;
    if (level === "S2") add(gap.short(), (d, c) => updateCase(d, { actor: dispatcher, caseId: c.caseId, priority: "P1" }));
    move(gap.short(), by, "wait", { waitFor: "vendor", reason: fill(problem.vendorNeed ?? "已提交原厂技术支持，等待原厂回复。") });
  };
  const waitParts = () => {
    onsite(engineer, `现场检查确认故障：${fill(problem.diagnosis)} 需更换${problem.parts}。`);
    move(gap.short(), engineer, "wait", { waitFor: "parts", reason: `需更换${problem.parts}，已提交备件申请。` });
    note(gap.work(), rma, `备件${problem.parts}已从${pick(random, DEPOTS)}调拨，顺丰运单号 SF${Math.floor(1e12 + random() * 9e12)}，预计次日送达现场。`, "internal");
  };
  const waitCustomer = () => {
    const ask = problem.customerAsk ?? "请客户在方便时确认问题是否仍然存在。";
    move(gap.short(), engineer, "wait", { waitFor: "customer", reason: ask });
    note(1, engineer, `${contact.name}您好，${ask}收到后我们会立即继续处理。`, "public");
  };
  const replacePart = () => {
    move(gap.long(), engineer, "resume", { reason: "备件已到现场。" });
    onsite(engineer, `更换${problem.parts}，${problem.resolution}`);
  };
  const resolve = (by: UserActor = engineer) => move(gap.short(), by, "resolve", { resolution: problem.resolution });
  const close = () => {
    add(gap.work(), (d, c) => logActivity(d, {
      actor: dispatcher, caseId: c.caseId, visibility: "public",
      activity: { type: "call", direction: "outbound", number: contact.number, durationSeconds: Math.round(between(60, 300)), summary: `回访${contact.name}：确认问题已解决，客户同意关闭 Case。` },
    }));
    move(gap.short(), dispatcher, "close");
    if (random() < 0.4) note(gap.work(), customerUser, "问题已解决，感谢工程师的及时支持！", "public");
  };
  const reopen = () => {
    move(gap.long(), customerUser, "reopen", { reason: `同样的问题今天又出现了：${fill(problem.subject)}，请再次检查。` });
    note(gap.respond(), engineer, "收到，已重新查看日志，将尽快给出处理方案。", "public");
  };

  switch (story) {
    case "new":
      open();
      break;
    case "assigned":
      open(); assign();
      break;
    case "reassigned":
      open(); assign();
      // casedesk reassigns it itself at 45 minutes (the response ladder); the dispatcher follows up
      note(46, dispatcher, `${engineer.name} 指派后 45 分钟未响应，系统已按响应规则自动改派；已电话通知新指派的工程师立即响应，并告知${engineer.name}。`, "internal");
      break;
    case "in_progress":
      begin();
      break;
    case "taken_over":
      begin();
      add(gap.work(), (d, c) => takeOverCase(d, { actor: otherEngineer, caseId: c.caseId, reason: `${engineer.name} 调往 S1 现场支持，由我接管。` }));
      note(gap.short(), otherEngineer, `${contact.name}您好，我是${otherEngineer.name}，已接手此 Case，会继续跟进处理进度。`, "public");
      break;
    case "escalated":
      begin(); escalate();
      break;
    case "waiting_customer":
      begin(); waitCustomer();
      break;
    case "waiting_vendor":
      begin(); escalate(); waitVendor();
      break;
    case "waiting_parts":
      begin(); waitParts();
      break;
    case "resolved":
      begin(); resolve();
      break;
    case "resolved_parts":
      begin(); waitParts(); replacePart(); resolve();
      break;
    case "resolved_vendor":
      begin(); escalate(); waitVendor();
      move(gap.long(), expert, "resume", { reason: "原厂已给出处理方案。" });
      resolve(expert);
      break;
    case "closed":
      begin(); resolve(); close();
      break;
    case "closed_parts":
      begin(); waitParts(); replacePart(); resolve(); close();
      break;
    case "closed_vendor":
      begin(); escalate(); waitVendor();
      move(gap.long(), expert, "resume", { reason: "原厂已给出处理方案。" });
      onsite(engineer, `按原厂方案实施：${problem.resolution}`);
      resolve(); close();
      break;
    case "closed_customer":
      begin(); waitCustomer();
      note(gap.work(), customerUser, "相关信息已通过邮件发送给工程师，请查收。", "public");
      move(gap.respond(), engineer, "resume", { reason: "已收到客户提供的信息。" });
      resolve(); close();
      break;
    case "reopened":
      begin(); resolve(); close(); reopen();
      remote(engineer, `再次检查：${fill(problem.diagnosis)}`);
      break;
    case "reopened_closed":
      begin(); waitParts(); replacePart(); resolve(); close(); reopen();
      remote(engineer, "复查发现上次更换后仍有残留告警未清除，清除告警并复核设备状态正常。");
      resolve(); close();
      break;
    case "reopened_parts":
      begin(); resolve(); close(); reopen();
      waitParts();
      break;
  }
  return steps;
}

// ---------------------------------------------------------------- a seeded random source

/** A small, fast, seeded generator (mulberry32): the same demo every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function weighted<T>(random: () => number, items: readonly [T, number][]): T {
  let roll = random();
  for (const [item, weight] of items) {
    roll -= weight;
    if (roll < 0) return item;
  }
  return items.at(-1)![0];
}

function shuffle<T>(random: () => number, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
