import { Alert, Button, Card, Form, Input, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation, useNavigate } from "react-router-dom";
import { applyProblemToForm } from "../api/form-errors";
import { useAuth } from "./auth";
import { defineMessages } from "./i18n";
import type { Role } from "../api/types";
import { homeFor, mayOpen } from "./routes";
import { safeReturnPath } from "./return-path";
import { PreferenceControls } from "./shell/PreferenceControls";

const ns = defineMessages("login", {
  "zh-CN": { title: "登录 casedesk", subtitle: "IT 售后技术支持中心工单系统", email: "电子邮件", password: "密码", submit: "登录", required: "请填写此项" },
  en: { title: "Sign in to casedesk", subtitle: "Case tracking for IT after-sales support", email: "E-mail", password: "Password", submit: "Sign in", required: "Please fill this in" },
});

type Values = { email: string; password: string };

/** Sign-in with e-mail and password; the language can be switched before signing in. */
export default function LoginPage() {
  const { t } = useTranslation(ns);
  const { user, login } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const next = safeReturnPath(new URLSearchParams(location.search).get("next"));

  const destination = (role: Role) => (next && mayOpen(role, next.split("?")[0]!) ? next : homeFor(role) ?? "/");
  if (user) return <Navigate to={destination(user.role)} replace />;

  const submit = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      const signedIn = await login(values.email, values.password);
      navigate(destination(signedIn.role), { replace: true });
    } catch (caught) {
      setError(applyProblemToForm(form, caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="cd-login">
      <Card style={{ width: "100%", maxWidth: 400 }}>
        <div style={{ display: "flex", justifyContent: "flex-end", marginBottom: 8 }}>
          <PreferenceControls />
        </div>
        <Typography.Title level={1} style={{ marginTop: 0 }}>{t("title")}</Typography.Title>
        <Typography.Paragraph type="secondary">{t("subtitle")}</Typography.Paragraph>
        {error && <Alert type="error" showIcon message={error} role="alert" style={{ marginBottom: 16 }} />}
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item name="email" label={t("email")} rules={[{ required: true, message: t("required") }]}>
            <Input type="email" autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t("password")} rules={[{ required: true, message: t("required") }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>{t("submit")}</Button>
        </Form>
      </Card>
    </main>
  );
}
