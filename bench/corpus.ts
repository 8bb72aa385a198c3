/**
 * Realistic, reproducible after-sales case text: subjects and descriptions composed from word
 * lists of what a Chinese IT support centre hears on the phone, so that a search term hits a
 * realistic fraction of the cases (硬盘 often, 控制器告警 rarely) rather than all or none.
 */

/** A small seeded PRNG (mulberry32): the same seed gives the same corpus on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

export const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** Picks from [value, weight] pairs. */
export function weighted<T>(random: Random, list: readonly (readonly [T, number])[]): T {
  const total = list.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [value, w] of list) {
    r -= w;
    if (r < 0) return value;
  }
  return list.at(-1)![0];
}

export const VENDORS = [
  ["IBM", 18], ["HPE", 14], ["Dell", 14], ["华为", 16], ["浪潮", 9], ["联想", 8], ["新华三", 8], ["NetApp", 5], ["Cisco", 5], ["Oracle", 3],
] as const;
export const CASE_TYPES = [
  ["hardware", 38], ["software", 18], ["network", 14], ["storage", 16], ["performance", 8], ["consulting", 6],
] as const;
export const STATUSES = [
  ["closed", 62], ["resolved", 9], ["in_progress", 8], ["assigned", 5], ["new", 4], ["escalated", 3],
  ["waiting_customer", 3], ["waiting_vendor", 3], ["waiting_parts", 3],
] as const;
export const FAULT_LEVELS = [["S1", 6], ["S2", 20], ["S3", 50], ["S4", 24]] as const;
export const CHANNELS = [["phone", 60], ["email", 25], ["web", 13], ["fax", 2]] as const;

const MODELS: Record<string, readonly string[]> = {
  IBM: ["Power S924", "Power E980", "DS8886", "FlashSystem 7200", "TS4500 磁带库", "Storwize V5030"],
  HPE: ["ProLiant DL380 Gen10", "ProLiant DL580 Gen10", "3PAR 8400", "Primera A630", "Nimble HF40", "Synergy 480"],
  Dell: ["PowerEdge R740", "PowerEdge R750", "PowerStore 5000T", "Unity XT 480", "PowerVault ME4024", "VxRail E560"],
  华为: ["OceanStor 5500 V5", "OceanStor Dorado 6000", "FusionServer 2288H V5", "CE6881 交换机", "USG6500 防火墙", "TaiShan 200"],
  浪潮: ["NF5280M6", "NF5466M6", "AS5600G2", "NF8480M6"],
  联想: ["ThinkSystem SR650", "ThinkSystem SR860", "DE4000H", "DM5000F"],
  新华三: ["UniServer R4900 G3", "S6850 交换机", "CAS 虚拟化平台", "UniStor X10000"],
  NetApp: ["FAS8200", "AFF A400", "E2800"],
  Cisco: ["Nexus 9300", "Catalyst 9500", "UCS C240 M5", "ASR 1001-X"],
  Oracle: ["Exadata X8M", "SPARC T8-1", "ZFS ZS7-2"],
};

const DEVICES = ["存储阵列", "小型机", "数据库服务器", "核心交换机", "防火墙", "磁带库", "虚拟化主机", "刀片机箱", "备份服务器", "接入交换机", "负载均衡设备", "光纤交换机", "一体机", "文件服务器"] as const;
const COMPONENTS = [
  ["硬盘", 10], ["电源模块", 9], ["风扇", 6], ["内存条", 8], ["主板", 3], ["控制器", 5], ["光模块", 6], ["网卡", 5], ["HBA卡", 4],
  ["背板", 2], ["缓存电池", 3], ["RAID卡", 4], ["CPU", 3], ["固态硬盘", 2], ["系统盘", 3], ["端口", 6],
] as const;
const SYMPTOMS = [
  ["故障", 20], ["亮黄灯", 8], ["告警", 14], ["报错", 8], ["无法识别", 5], ["离线", 5], ["频繁重启", 4], ["性能下降", 5],
  ["过热", 3], ["掉线", 5], ["丢包", 3], ["无法启动", 3], ["状态异常", 6], ["读写缓慢", 3],
] as const;
const SYSTEMS = ["核心业务系统", "计费系统", "网银系统", "ERP 系统", "邮件系统", "生产数据库", "医院 HIS 系统", "视频监控平台", "办公 OA", "数据仓库", "营销系统", "调度系统"] as const;
const IMPACTS = [
  ["业务中断", 6], ["宕机", 3], ["响应缓慢", 10], ["部分用户无法访问", 8], ["暂无影响", 14], ["备份作业失败", 6], ["批处理超时", 5], ["冗余失效", 8],
] as const;
const OPENINGS = ["客户来电反映", "客户邮件报告", "监控平台告警显示", "值班人员发现", "客户工程师反馈", "巡检时发现", "客户通过门户提交："] as const;
const PLACES = ["一号机房", "二号机房", "主数据中心", "灾备中心", "总部机房", "分行机房", "张江机房", "亦庄机房", "南方数据中心", "西部云中心"] as const;
const FINDINGS = [
  "远程登录检查日志，确认{c}{s}，需要更换备件。",
  "收集了设备日志和配置文件，已上传至厂商支持网站分析。",
  "日志中出现大量 I/O 超时记录，怀疑链路或{c}问题。",
  "经远程诊断，{c}固件版本过低，建议升级 firmware 后观察。",
  "现场工程师更换{c}后设备恢复正常，继续观察一周。",
  "客户要求尽快派工程师到现场处理。",
  "已与客户确认维护窗口为今晚二十二点。",
  "厂商二线已介入分析，等待结论。",
  "备件已从北京备件库发出，预计明天上午到达。",
  "客户反馈问题间歇出现，暂时无法复现。",
  "建议客户检查机房供电和空调状况。",
  "重新插拔{c}后告警消除。",
  "多路径软件显示部分路径失效，已重新扫描。",
  "重建 RAID 过程中又有一块硬盘报错，风险较高。",
  "存储控制器告警，双控之一处于降级状态。",
  "机房夜间意外断电，恢复供电后设备无法正常启动。",
  "UPS 切换时短暂断电，导致部分服务器重启。",
  "数据库实例宕机，已切换至备库运行。",
  "升级 firmware 后需重启生效，已告知客户。",
  "客户提供的序列号与合同不符，待商务确认。",
  "性能报表显示高峰期 CPU 利用率超过百分之九十。",
  "核对配置后发现交换机端口协商速率异常。",
] as const;
const FINDING_WEIGHTS = [10, 8, 6, 2, 8, 6, 5, 5, 6, 5, 3, 4, 4, 1, 0.4, 0.5, 0.5, 0.8, 0.6, 2, 3, 3];

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈".split("");
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文斌宇浩凯鹏飞辉玲婷雪琳晨阳欣怡子涵".split("");

export function personName(random: Random): string {
  return pick(random, SURNAMES) + pick(random, GIVEN) + (random() < 0.6 ? pick(random, GIVEN) : "");
}

export type CaseText = { subject: string; description: string; vendor: string; caseType: string };

const fill = (template: string, component: string, symptom: string) => template.replaceAll("{c}", component).replaceAll("{s}", symptom);

/** A subject and description as a dispatcher would type them. */
export function composeCase(random: Random): CaseText {
  const vendor = weighted(random, VENDORS);
  const caseType = weighted(random, CASE_TYPES);
  const model = pick(random, MODELS[vendor]!);
  const device = pick(random, DEVICES);
  const component = weighted(random, COMPONENTS);
  const symptom = weighted(random, SYMPTOMS);
  const impact = weighted(random, IMPACTS);
  const system = pick(random, SYSTEMS);
  const place = pick(random, PLACES);
  const subjectForms = [
    () => `${device}${component}${symptom}`,
    () => `${model} ${component}${symptom}，${system}${impact}`,
    () => `${place}${device}${symptom}`,
    () => `${system}${impact}，疑似${component}${symptom}`,
    () => `${vendor} ${model} ${component}${symptom}`,
  ];
  const subject = pick(random, subjectForms)();
  const findings: string[] = [];
  const count = 1 + Math.floor(random() * 3);
  for (let i = 0; i < count; i++) findings.push(fill(weighted(random, FINDINGS.map((f, j) => [f, FINDING_WEIGHTS[j]!] as const)), component, symptom));
  const description =
    `${pick(random, OPENINGS)}${place}的 ${vendor} ${model}（${device}）${component}${symptom}，${system}${impact}。` +
    `序列号 ${serial(random)}。` +
    findings.join("");
  return { subject, description, vendor, caseType };
}

function serial(random: Random): string {
  const chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
  let s = "";
  for (let i = 0; i < 8; i++) s += chars[Math.floor(random() * chars.length)];
  return s;
}

const NOTES = [
  "已电话联系客户，确认故障现象，安排工程师明早到场。",
  "备件已到，现场更换完成，客户确认业务恢复。",
  "厂商回复需要收集更多日志，已发送收集步骤给客户。",
  "远程会话中检查了硬盘状态，两块盘有预失效告警。",
  "客户要求提供故障分析报告，预计周五前提交。",
  "升级 firmware 后观察两天无告警，准备关闭。",
] as const;

export const noteText = (random: Random) => pick(random, NOTES);

export const RESOLUTIONS = [
  "更换故障部件后恢复正常。", "升级固件后问题解决。", "调整配置后性能恢复。", "客户环境问题，已给出整改建议。", "重启服务后恢复，已提交根因分析。",
] as const;
