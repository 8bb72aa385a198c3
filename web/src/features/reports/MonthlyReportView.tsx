import { Card, Col, Descriptions, Row, Statistic, Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../app/preferences";
import type { MonthlyReport } from "./report-types";
import { ns } from "./reports.i18n";

/** Milliseconds as "2 h 05 min" in the reader's language. */
export function useDuration() {
  const { t } = useTranslation(ns);
  return (ms: number | null | undefined) => {
    if (ms === null || ms === undefined) return "—";
    const total = Math.round(ms / 60_000);
    const hours = Math.floor(total / 60);
    return hours ? t("hoursMinutes", { hours, minutes: String(total % 60).padStart(2, "0") }) : t("minutes", { count: total });
  };
}

/** The headline figures of a report. */
export function ReportFigures({ report }: { report: MonthlyReport }) {
  const { t } = useTranslation(ns);
  const percent = (metric: string) => report.compliance.find((c) => c.metric === metric && c.faultLevel === null)?.percent;
  const figure = (title: string, value: number | string | null | undefined, suffix?: string) => (
    <Col xs={12} md={8} lg={4}><Card size="small"><Statistic title={title} value={value ?? "—"} suffix={value === null || value === undefined ? undefined : suffix} /></Card></Col>
  );
  return (
    <Row gutter={[12, 12]}>
      {figure(t("opened"), report.opened.total)}
      {figure(t("closed"), report.closed.total)}
      {figure(t("backlog"), report.backlog.atEnd)}
      {figure(t("firstResponseMet"), percent("first_response"), "%")}
      {figure(t("resolutionMet"), percent("resolution"), "%")}
      {figure(t("overall"), report.satisfaction.averages.overall)}
    </Row>
  );
}

/**
 * Every section of a monthly report as plain tables, the same figures as its PDF and workbook;
 * laid out to print (the portal's print button prints this).
 */
export default function MonthlyReportView({ report }: { report: MonthlyReport }) {
  const { t } = useTranslation([ns, "common"]);
  const format = useFormat();
  const duration = useDuration();
  const level = (key: string | null) => (key ? t(`common:faultLevel.${key}`, { defaultValue: key }) : t("all"));
  const dims = [
    ["byVendor", report.opened.vendor, report.closed.vendor, (k: string) => k],
    ["byType", report.opened.caseType, report.closed.caseType, (k: string) => t(`common:caseType.${k}`, { defaultValue: k })],
    ["byFaultLevel", report.opened.faultLevel, report.closed.faultLevel, (k: string) => level(k)],
    ["byChannel", report.opened.channel, report.closed.channel, (k: string) => t(`common:channel.${k}`, { defaultValue: k })],
  ] as const;
  const timeRows = [
    { key: "all", level: t("all"), firstResponse: report.times.firstResponse, resolution: report.times.resolution },
    ...report.times.byFaultLevel.map((row) => ({ key: row.faultLevel, level: level(row.faultLevel), ...row })),
  ].flatMap((row) => (["firstResponse", "resolution"] as const).map((m) => ({
    key: `${row.key}-${m}`, measure: `${t(`metric.${m === "firstResponse" ? "first_response" : "resolution"}`)} · ${row.level}`, ...row[m],
  })));
  const section = (title: string, children: React.ReactNode) => <Card size="small" title={title} className="report-section">{children}</Card>;
  const s = report.satisfaction;
  return (
    <div className="report-view" style={{ display: "grid", gap: 12 }}>
      <Row gutter={[12, 12]}>
        {dims.map(([title, opened, closed, label]) => (
          <Col xs={24} md={12} key={title}>
            {section(t(title), (
              <Table size="small" pagination={false} rowKey="key"
                dataSource={[...new Set([...opened.map((o) => o.key), ...closed.map((c) => c.key)])].map((key) => ({
                  key, name: label(key), opened: opened.find((o) => o.key === key)?.count ?? 0, closed: closed.find((c) => c.key === key)?.count ?? 0,
                }))}
                columns={[{ title: t(title), dataIndex: "name" }, { title: t("opened"), dataIndex: "opened", align: "right" }, { title: t("closed"), dataIndex: "closed", align: "right" }]}
              />
            ))}
          </Col>
        ))}
      </Row>
      {section(t("times"), (
        <Table size="small" pagination={false} rowKey="key" dataSource={timeRows} columns={[
          { title: t("measure"), dataIndex: "measure" }, { title: t("measured"), dataIndex: "count", align: "right" },
          { title: t("median"), dataIndex: "medianMs", align: "right", render: duration }, { title: t("p90"), dataIndex: "p90Ms", align: "right", render: duration },
          { title: t("max"), dataIndex: "maxMs", align: "right", render: duration },
        ]} />
      ))}
      {section(t("compliance"), (
        <Table size="small" pagination={false} rowKey={(c) => `${c.metric}-${c.faultLevel ?? "all"}`} dataSource={report.compliance} columns={[
          { title: t("measure"), render: (_, c) => `${t(`metric.${c.metric}`)} · ${level(c.faultLevel)}` },
          { title: t("measured"), dataIndex: "measured", align: "right" }, { title: t("met"), dataIndex: "met", align: "right" },
          { title: t("breached"), dataIndex: "breached", align: "right" },
          { title: t("percent"), dataIndex: "percent", align: "right", render: (p: number | null) => (p === null ? "—" : `${p}%`) },
        ]} />
      ))}
      {section(`${t("breaches")} (${report.breaches.total})`, (
        <Table size="small" pagination={report.breaches.items.length > 20 ? { pageSize: 20 } : false} rowKey={(b) => `${b.caseId}-${b.metric}-${b.cycle}`}
          dataSource={report.breaches.items} locale={{ emptyText: t("none") }} columns={[
            { title: t("caseNumber"), dataIndex: "caseNumber" }, { title: t("subject"), dataIndex: "subject" },
            { title: t("measure"), render: (_, b) => t(`metric.${b.metric}`, { defaultValue: "—" }) }, { title: t("faultLevel"), render: (_, b) => level(b.faultLevel) },
            { title: t("dueAt"), dataIndex: "dueAt", render: format.dateTime }, { title: t("breachedAt"), dataIndex: "breachedAt", render: format.dateTime },
          ]} />
      ))}
      <Row gutter={[12, 12]}>
        <Col xs={24} md={12}>{section(t("satisfaction"), (
          <Descriptions size="small" column={1} items={[
            { key: "sent", label: t("sent"), children: s.sent }, { key: "answered", label: t("answered"), children: s.answered },
            { key: "speed", label: t("responseSpeed"), children: s.averages.responseSpeed ?? "—" }, { key: "prof", label: t("professionalism"), children: s.averages.professionalism ?? "—" },
            { key: "res", label: t("resolutionScore"), children: s.averages.resolution ?? "—" }, { key: "overall", label: t("overall"), children: s.averages.overall ?? "—" },
          ]} />
        ))}</Col>
        <Col xs={24} md={12}>{section(t("visits"), (
          <Descriptions size="small" column={1} items={[
            { key: "count", label: t("visitCount"), children: report.visits.count }, { key: "hours", label: t("hoursOnSite"), children: report.visits.hoursOnSite },
          ]} />
        ))}</Col>
      </Row>
      {s.comments.length ? section(t("comments"), (
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {s.comments.map((c) => <li key={`${c.caseNumber}-${c.answeredAt}`}><Typography.Text>{c.comment}</Typography.Text> <Typography.Text type="secondary">({c.caseNumber} · {t("overall")} {c.overall})</Typography.Text></li>)}
        </ul>
      )) : null}
      <Row gutter={[12, 12]}>
        <Col xs={24} md={12}>{section(t("maintenance"), report.maintenance.available ? (
          <Descriptions size="small" column={1} items={[
            { key: "due", label: t("due"), children: report.maintenance.due }, { key: "on", label: t("deliveredOnTime"), children: report.maintenance.deliveredOnTime },
            { key: "late", label: t("late"), children: report.maintenance.late },
          ]} />
        ) : <Typography.Text type="secondary">{t("notAvailable")}</Typography.Text>)}</Col>
        <Col xs={24} md={12}>{section(t("rma"), report.rma.available ? (
          <Descriptions size="small" column={1} items={[
            { key: "opened", label: t("rmaOpened"), children: report.rma.opened }, { key: "closed", label: t("rmaClosed"), children: report.rma.closed },
            { key: "turnaround", label: t("turnaround"), children: duration(report.rma.turnaround.medianMs) },
          ]} />
        ) : <Typography.Text type="secondary">{t("notAvailable")}</Typography.Text>)}</Col>
      </Row>
    </div>
  );
}
