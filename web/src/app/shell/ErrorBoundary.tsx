import { Button, Result } from "antd";
import { Component, type ErrorInfo, type ReactNode } from "react";
import { i18n } from "../i18n";

/** A screen that throws shows a message and a way back instead of a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <Result
        status="error"
        title={i18n.t("error")}
        subTitle={this.state.error.message}
        extra={<Button type="primary" onClick={() => { this.setState({ error: null }); window.location.assign("/"); }}>{i18n.t("backHome")}</Button>}
      />
    );
  }
}
