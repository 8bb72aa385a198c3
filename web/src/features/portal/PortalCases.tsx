import { PlusOutlined, SearchOutlined } from "@ant-design/icons";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Flex, Form, Input, List, Modal, Segmented, Select, Space, Tag, Typography, type UploadFile } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router-dom";
import { api } from "../../api/client";
import { applyProblemToForm, errorText } from "../../api/form-errors";
import type { Case, Page } from "../../api/types";
import { useFormat } from "../../app/preferences";
import { FilePicker, pickedFiles } from "../cases/CaseFiles";
import { ListSelect } from "../lists/ListSelect";
import { ns } from "./portal.i18n";

const OPEN = ["new", "assigned", "in_progress", "escalated", "waiting_customer", "waiting_vendor", "waiting_parts", "resolved"];
export const STATUS_COLOURS: Record<string, string> = { resolved: "green", closed: "default", waiting_customer: "gold", escalated: "red", new: "blue" };

type NewCase = { subject: string; description?: string; vendor: string; caseType: string; faultLevel: "S1" | "S2" | "S3" | "S4" };

function NewCaseDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation([ns, "common"]);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<NewCase>();
  const [formError, setFormError] = useState<string | null>(null);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const create = useMutation({
    // with files the case and its files go in one multipart request (field `case` is the JSON of POST /cases)
    mutationFn: (values: NewCase) => {
      const opening = { ...values, channel: "web" };
      if (files.length === 0) return api.post<Case>("/cases", opening);
      const form = new FormData();
      form.append("case", JSON.stringify(opening));
      for (const file of pickedFiles(files)) form.append("file", file, file.name);
      return api.upload<Case>("/cases/with-attachments", form);
    },
    onSuccess: (created) => {
      setFiles([]);
      void message.success(t("submitted", { number: created.number }));
      void queryClient.invalidateQueries({ queryKey: ["portal-cases"] });
      onClose();
      navigate(`/portal/cases/${created.id}`);
    },
    onError: (error) => setFormError(applyProblemToForm(form, error)),
  });
  return (
    <Modal open={open} title={t("newCaseTitle")} onCancel={() => { setFiles([]); onClose(); }} onOk={() => form.submit()} okText={t("submit")} cancelText={t("common:cancel")}
      okButtonProps={{ loading: create.isPending }} destroyOnHidden>
      {formError ? <Alert type="error" role="alert" title={formError} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" initialValues={{ faultLevel: "S3" }} onFinish={(values) => { setFormError(null); create.mutate(values); }}>
        <Form.Item name="subject" label={t("subject")} rules={[{ required: true, whitespace: true, message: t("subject") }]}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="description" label={t("description")}>
          <Input.TextArea rows={4} maxLength={50000} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="vendor" label={t("vendor")} rules={[{ required: true, message: t("vendor") }]} style={{ flex: "1 1 140px" }}>
            <ListSelect kind="vendors" />
          </Form.Item>
          <Form.Item name="caseType" label={t("caseType")} rules={[{ required: true, message: t("caseType") }]} style={{ flex: "1 1 140px" }}>
            <ListSelect kind="case-types" />
          </Form.Item>
        </Flex>
        <Form.Item name="faultLevel" label={t("faultLevel")}>
          <Select options={["S1", "S2", "S3", "S4"].map((l) => ({ value: l, label: t(`common:faultLevel.${l}`) }))} />
        </Form.Item>
        <Form.Item label={t("attachFiles")}>
          <FilePicker files={files} onChange={setFiles} disabled={create.isPending} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The customer's portal: its own company's cases (the server confines the list), a search, a new case. */
export default function PortalCases() {
  const { t } = useTranslation([ns, "common"]);
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const q = params.get("q") ?? "";
  const scope = params.get("scope") === "all" ? "all" : "open";
  const cases = useInfiniteQuery({
    queryKey: ["portal-cases", q, scope],
    queryFn: ({ pageParam, signal }) => api.get<Page<Case>>("/cases", { q: q || undefined, status: scope === "open" ? OPEN : undefined, sort: "-updatedAt", limit: 30, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const update = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const items = cases.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%", maxWidth: 960, margin: "0 auto", display: "flex" }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} style={{ margin: 0 }}>{t("title")}</Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t("newCase")}</Button>
      </Flex>
      <Flex gap={8} wrap>
        <Input.Search
          aria-label={t("search")} placeholder={t("search")} allowClear defaultValue={q} maxLength={200}
          enterButton={<Button type="primary" icon={<SearchOutlined aria-hidden />} aria-label={t("search")} />} onSearch={(value) => update("q", value.trim())} style={{ flex: "1 1 240px" }}
        />
        <Segmented aria-label={t("statusFilter")} value={scope} onChange={(value) => update("scope", value === "all" ? "all" : "")}
          options={[{ value: "open", label: t("openOnly") }, { value: "all", label: t("all") }]} />
      </Flex>
      {cases.error ? <Alert type="error" role="alert" showIcon title={errorText(cases.error, t("common:networkError"))} /> : null}
      <List<Case>
        aria-label={t("title")}
        loading={cases.isLoading}
        dataSource={items}
        locale={{ emptyText: t("empty") }}
        renderItem={(c) => (
          <List.Item>
            {/* each case an h2 under the page's h1 (antd's List.Item.Meta would make it an h4) */}
            <div style={{ minWidth: 0 }}>
              <Typography.Title level={2} style={{ fontSize: 16, margin: "0 0 4px" }}>
                <Link to={`/portal/cases/${c.id}`}><Space wrap size={4}><span>{c.number}</span><span>{c.subject}</span></Space></Link>
              </Typography.Title>
              <Space wrap size={4}>
                <Tag color={STATUS_COLOURS[c.status] ?? "processing"}>{t(`common:status.${c.status}`)}</Tag>
                <Tag>{c.faultLevel}</Tag>
                <Typography.Text type="secondary">{c.vendor} · {format.dateTime(c.createdAt)}</Typography.Text>
              </Space>
            </div>
          </List.Item>
        )}
      />
      {cases.hasNextPage ? <Button block onClick={() => void cases.fetchNextPage()} loading={cases.isFetchingNextPage}>{t("loadMore")}</Button> : null}
      <NewCaseDialog open={creating} onClose={() => setCreating(false)} />
    </Space>
  );
}
