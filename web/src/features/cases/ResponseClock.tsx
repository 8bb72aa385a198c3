import { ClockCircleOutlined, PauseCircleOutlined, WarningOutlined } from "@ant-design/icons";
import { Tooltip } from "antd";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../app/preferences";
import { clockTone, formatCountdown, remainingMs, TONE_COLOURS, type ClockLike } from "./clock";
import { casesNs } from "./cases.i18n";
import { useNow } from "./use-now";

type Props = { clock: ClockLike & { metric: string }; now?: number; showMetric?: boolean; size?: "small" | "large"; compact?: boolean };

/**
 * A ticking countdown to a clock's due time, green → amber at half the target (the 30-minute
 * reminder) → orange at three quarters (45 minutes, reassignment) → red once breached. The
 * colour is never the only signal: an icon and the words of the tone are there for screen readers.
 */
export function ResponseClock({ clock, now: given, showMetric = false, size = "small", compact = false }: Props) {
  const { t } = useTranslation(casesNs);
  // each clock ticks by itself, so a board of them does not re-render every second
  const ticking = useNow(1000, given === undefined);
  const now = given ?? ticking;
  const format = useFormat();
  const tone = clockTone(clock, now);
  const left = remainingMs(clock, now);
  const metric = t(`metric.${clock.metric}`, { defaultValue: clock.metric });
  const text = left === null ? "—" : tone === "paused" ? `${t("paused")} ${formatCountdown(left)}` : left <= 0 ? t("overdue", { time: formatCountdown(left) }) : t("remaining", { time: formatCountdown(left) });
  // boards: the short form, "+" for overdue (the full words stay in the label)
  const shown = compact && left !== null ? `${left <= 0 && tone !== "paused" ? "+" : ""}${formatCountdown(left)}` : text;
  const Icon = tone === "paused" ? PauseCircleOutlined : tone === "breached" || tone === "danger" ? WarningOutlined : ClockCircleOutlined;
  const label = t("clockLabel", { metric, state: text, tone: t(`clockTone.${tone}`) });
  return (
    <Tooltip title={clock.dueAt ? t("due", { time: format.dateTime(clock.dueAt) }) : undefined}>
      <span
        role="timer"
        aria-label={label}
        data-tone={tone}
        className={`cd-clock cd-clock-${tone}`}
        style={{
          display: "inline-flex", alignItems: "center", gap: 4, padding: size === "large" ? "4px 10px" : "0 6px",
          borderRadius: 4, border: `1px solid ${TONE_COLOURS[tone]}`, color: tone === "ok" || tone === "paused" ? TONE_COLOURS[tone] : "#fff",
          background: tone === "ok" || tone === "paused" ? "transparent" : TONE_COLOURS[tone], fontVariantNumeric: "tabular-nums",
          fontSize: size === "large" ? 16 : 13, whiteSpace: "nowrap", fontWeight: tone === "breached" ? 600 : 400,
        }}
      >
        <Icon aria-hidden />
        {showMetric && <span aria-hidden>{compact ? t(`metricShort.${clock.metric}`, { defaultValue: metric }) : metric}</span>}
        <span aria-hidden>{shown}</span>
      </span>
    </Tooltip>
  );
}
