import type { FaultLevel } from "../db/schema.js";

/** What goes wrong in the demo centre: one entry per kind of fault, with what the engineer finds and does. */
export type CaseType = "hardware" | "software" | "network" | "consultation" | "maintenance";

export type Problem = {
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
export const PROBLEMS = {
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
