import { Typography } from "antd";

export default function DispatchConsole() {
  return <Typography.Title level={3}>DispatchConsole</Typography.Title>;
}
