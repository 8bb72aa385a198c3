import { Typography } from "antd";

export default function EngineerWorkspace() {
  return <Typography.Title level={3}>EngineerWorkspace</Typography.Title>;
}
