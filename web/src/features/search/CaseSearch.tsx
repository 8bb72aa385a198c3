import { DownloadOutlined, SearchOutlined } from "@ant-design/icons";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Alert, Button, Card, DatePicker, Flex, Form, Input, Select, Space, Table, Tag, Tooltip, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router-dom";
import { ApiError, api } from "../../api/client";
import { errorText } from "../../api/form-errors";
import type { Case, Page } from "../../api/types";
import { useFormat } from "../../app/preferences";
import { CustomerSelect, UserSelect } from "../directory/pickers";
import { entryName, useListNames } from "../lists/lists.api";
import { exportHref, filtersFromParams, filtersToParams, filtersToQuery, type CaseFilters } from "./search-filters";
import { ns } from "./search.i18n";

const STATUSES = ["new", "assigned", "in_progress", "escalated", "waiting_customer", "waiting_vendor", "waiting_parts", "resolved", "closed"];
const LEVELS = ["S1", "S2", "S3", "S4"];
const PRIORITIES = ["P1", "P2", "P3", "P4"];
const PAGE = 50;

type FormValues = Omit<CaseFilters, "createdFrom" | "createdTo"> & { created?: [Dayjs | null, Dayjs | null] | null };

export const LEVEL_COLOURS: Record<string, string> = { S1: "red", S2: "orange", S3: "blue", S4: "default" };

/** Finds cases by every filter of R15 and full text; the URL holds the search, so it can be shared. */
export default function CaseSearch() {
  const { t, i18n } = useTranslation([ns, "common"]);
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const [form] = Form.useForm<FormValues>();
  const vendors = useListNames("vendors");
  const caseTypes = useListNames("case-types");

  useEffect(() => {
    form.setFieldsValue({
      ...filters,
      created: filters.createdFrom || filters.createdTo
        ? [filters.createdFrom ? dayjs(filters.createdFrom).tz(format.timeZone) : null, filters.createdTo ? dayjs(filters.createdTo).tz(format.timeZone) : null]
        : null,
    });
  }, [filters, form, format.timeZone]);

  const results = useInfiniteQuery({
    queryKey: ["case-search", filtersToParams(filters).toString()],
    queryFn: ({ pageParam, signal }) => api.get<Page<Case>>("/cases", { ...filtersToQuery(filters), limit: PAGE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

  // the server's field errors (in the user's language) go next to the fields they name
  useEffect(() => {
    if (!(results.error instanceof ApiError)) return;
    const byField = results.error.byField();
    const fields: Array<keyof FormValues> = ["q", "vendor", "caseType", "created"];
    form.setFields(Object.entries(byField).map(([path, message]) => ({
      name: (path === "createdFrom" || path === "createdTo" ? "created" : path) as keyof FormValues,
      errors: [message],
    })).filter((field) => fields.includes(field.name)));
  }, [results.error, form]);

  const submit = (values: FormValues) => {
    const [from, to] = values.created ?? [];
    const next: CaseFilters = {
      q: values.q?.trim() || undefined,
      vendor: values.vendor ?? [], caseType: values.caseType ?? [], status: values.status ?? [], priority: values.priority ?? [], faultLevel: values.faultLevel ?? [],
      customerId: values.customerId, assigneeId: values.assigneeId,
      createdFrom: from ? from.startOf("day").toISOString() : undefined,
      createdTo: to ? to.add(1, "day").startOf("day").toISOString() : undefined,
    };
    setParams(filtersToParams(next));
  };

  const rows = results.data?.pages.flatMap((page) => page.items) ?? [];
  // every entry, inactive ones too: old cases keep their codes and stay findable
  const listFilter = (label: string, list: ReturnType<typeof useListNames>) => ({
    mode: "multiple" as const, allowClear: true, "aria-label": label, optionFilterProp: "label",
    options: list.items.map((entry) => ({ value: entry.code, label: entryName(entry, i18n.language) })),
  });

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Title level={1} style={{ margin: 0 }}>{t("title")}</Typography.Title>
      <Card size="small">
        <Form form={form} layout="vertical" onFinish={submit} aria-label={t("title")}>
          <Form.Item name="q" label={t("q")} htmlFor="search-q">
            <Input id="search-q" allowClear placeholder={t("qPlaceholder")} maxLength={200} prefix={<SearchOutlined aria-hidden />} />
          </Form.Item>
          <Flex wrap gap={12}>
            <Form.Item name="vendor" label={t("vendor")} style={{ minWidth: 180, flex: "1 1 180px" }}>
              <Select {...listFilter(t("vendor"), vendors)} />
            </Form.Item>
            <Form.Item name="caseType" label={t("caseType")} style={{ minWidth: 180, flex: "1 1 180px" }}>
              <Select {...listFilter(t("caseType"), caseTypes)} />
            </Form.Item>
            <Form.Item name="status" label={t("status")} style={{ minWidth: 180, flex: "1 1 180px" }}>
              <Select mode="multiple" allowClear aria-label={t("status")} options={STATUSES.map((s) => ({ value: s, label: t(`common:status.${s}`) }))} />
            </Form.Item>
            <Form.Item name="priority" label={t("priority")} style={{ minWidth: 140, flex: "1 1 140px" }}>
              <Select mode="multiple" allowClear aria-label={t("priority")} options={PRIORITIES.map((p) => ({ value: p, label: t(`common:priority.${p}`) }))} />
            </Form.Item>
            <Form.Item name="faultLevel" label={t("faultLevel")} style={{ minWidth: 140, flex: "1 1 140px" }}>
              <Select mode="multiple" allowClear aria-label={t("faultLevel")} options={LEVELS.map((l) => ({ value: l, label: t(`common:faultLevel.${l}`) }))} />
            </Form.Item>
            <Form.Item name="customerId" label={t("customer")} style={{ minWidth: 200, flex: "1 1 200px" }}>
              <CustomerSelect aria-label={t("customer")} />
            </Form.Item>
            <Form.Item name="assigneeId" label={t("engineer")} style={{ minWidth: 180, flex: "1 1 180px" }}>
              <UserSelect roles={["engineer", "expert"]} aria-label={t("engineer")} />
            </Form.Item>
            <Form.Item name="created" label={t("createdRange")} style={{ minWidth: 240, flex: "1 1 240px" }}>
              <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: "100%" }} aria-label={t("createdRange")} />
            </Form.Item>
          </Flex>
          <Flex wrap gap={8}>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>{t("search")}</Button>
            <Button onClick={() => setParams(new URLSearchParams())}>{t("reset")}</Button>
            <Tooltip title={t("exportHint", { max: 10000 })}>
              <Button icon={<DownloadOutlined />} href={exportHref(filters)} download>{t("export")}</Button>
            </Tooltip>
          </Flex>
        </Form>
      </Card>
      {results.error && !(results.error instanceof ApiError && results.error.fieldErrors.length) ? (
        <Alert type="error" showIcon role="alert" title={errorText(results.error, t("common:networkError"))} />
      ) : null}
      <Table<Case>
        aria-label={t("results")}
        rowKey="id"
        size="small"
        loading={results.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: t("empty") }}
        columns={[
          { title: t("col.number"), dataIndex: "number", width: 130, render: (number: string, c) => <Link to={`/cases/${c.id}`}>{number}</Link> },
          { title: t("col.subject"), dataIndex: "subject", ellipsis: true },
          { title: t("col.status"), dataIndex: "status", width: 100, render: (s: string) => t(`common:status.${s}`) },
          { title: t("col.level"), dataIndex: "faultLevel", width: 70, render: (l: string) => <Tag color={LEVEL_COLOURS[l]}>{l}</Tag> },
          { title: t("col.priority"), dataIndex: "priority", width: 70 },
          { title: t("col.vendor"), dataIndex: "vendor", width: 100, ellipsis: true, render: (code: string) => vendors.name(code) },
          { title: t("col.caseType"), dataIndex: "caseType", width: 100, ellipsis: true, render: (code: string) => caseTypes.name(code) },
          { title: t("col.customer"), dataIndex: "customerName", width: 160, ellipsis: true },
          { title: t("col.assignee"), dataIndex: "assigneeName", width: 100, render: (name: string | null) => name ?? "—" },
          { title: t("col.createdAt"), dataIndex: "createdAt", width: 140, render: (at: string) => format.dateTime(at) },
        ]}
      />
      {results.hasNextPage ? (
        <Button block onClick={() => void results.fetchNextPage()} loading={results.isFetchingNextPage}>{t("loadMore")}</Button>
      ) : null}
    </Space>
  );
}
