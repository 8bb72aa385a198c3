import { ScanOutlined } from "@ant-design/icons";
import { Button, Input, Space } from "antd";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { partsNs } from "./parts.i18n";

type Detector = { detect(source: HTMLVideoElement): Promise<Array<{ rawValue: string }>> };
type DetectorClass = new (options?: { formats?: string[] }) => Detector;
const BarcodeDetectorClass = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;

/**
 * A serial typed, or scanned with the phone's camera where the browser has a BarcodeDetector
 * (Chrome on Android); without one the field is simply typed.
 */
export function SerialInput({ value, onChange, label, id }: { value?: string; onChange?: (value: string) => void; label: string; id?: string }) {
  const { t } = useTranslation(partsNs);
  const [scanning, setScanning] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    if (!scanning || !BarcodeDetectorClass) return;
    let stream: MediaStream | null = null;
    let stopped = false;
    const detector = new BarcodeDetectorClass({ formats: ["code_128", "code_39", "qr_code", "data_matrix", "ean_13"] });
    void (async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } });
        if (!video.current || stopped) return;
        video.current.srcObject = stream;
        await video.current.play();
        while (!stopped) {
          const found = await detector.detect(video.current).catch(() => []);
          if (found[0]?.rawValue) {
            onChange?.(found[0].rawValue.trim());
            setScanning(false);
            return;
          }
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      } catch {
        setScanning(false);
      }
    })();
    return () => {
      stopped = true;
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [scanning, onChange]);
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      <Space.Compact style={{ width: "100%" }}>
        <Input id={id} aria-label={label} size="large" value={value} onChange={(event) => onChange?.(event.target.value)} autoCapitalize="characters" autoComplete="off" spellCheck={false} maxLength={100} />
        {BarcodeDetectorClass && (
          <Button size="large" icon={<ScanOutlined aria-hidden />} onClick={() => setScanning((on) => !on)}>{scanning ? t("stopScan") : t("scan")}</Button>
        )}
      </Space.Compact>
      {scanning && <video ref={video} muted playsInline aria-label={t("scanning")} style={{ width: "100%", maxHeight: 240, background: "#000" }} />}
    </Space>
  );
}
