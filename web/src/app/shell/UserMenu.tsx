import { LogoutOutlined, UserOutlined } from "@ant-design/icons";
import { Button, Dropdown, Space, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { useAuth, useUser } from "../auth";
import { PreferenceControls } from "./PreferenceControls";

/** The signed-in user, the preferences and sign-out. */
export function UserMenu() {
  const { t } = useTranslation();
  const user = useUser();
  const { logout } = useAuth();
  const navigate = useNavigate();
  return (
    <Dropdown
      trigger={["click"]}
      popupRender={() => (
        <div style={{ background: "var(--ant-color-bg-elevated, #fff)", padding: 12, borderRadius: 8, boxShadow: "0 6px 16px rgba(0,0,0,.12)" }}>
          <Space direction="vertical">
            <Typography.Text strong>{user.name}</Typography.Text>
            <Typography.Text type="secondary">{user.email} · {t(`role.${user.role}`)}</Typography.Text>
            <PreferenceControls />
            <Button
              icon={<LogoutOutlined />}
              onClick={async () => {
                await logout();
                navigate("/login");
              }}
            >
              {t("signOut")}
            </Button>
          </Space>
        </div>
      )}
    >
      <Button type="text" icon={<UserOutlined />} aria-label={`${t("settings")}: ${user.name}`} style={{ color: "inherit" }}>
        <span className="cd-hide-narrow">{user.name}</span>
      </Button>
    </Dropdown>
  );
}
