import { Select, type SelectProps } from "antd";
import { useListNames, type ListKind } from "./lists.api";

type Props = Omit<SelectProps<string>, "options" | "mode"> & {
  kind: ListKind;
  /** codes offered first (the caller's equipment's vendors) */
  first?: readonly string[];
  /** a code the record already has: still offered if it was deactivated since */
  keep?: string | null;
};

/** A select over a managed list: names in the reader's language, searchable by name or code; stores the code. */
export function ListSelect({ kind, first = [], keep, ...props }: Props) {
  const { options } = useListNames(kind);
  const all = options(keep ?? (typeof props.value === "string" ? props.value : undefined));
  const ordered = [...all.filter((o) => first.includes(o.value)), ...all.filter((o) => !first.includes(o.value))];
  return (
    <Select<string>
      showSearch
      options={ordered}
      filterOption={(input, option) => {
        const needle = input.trim().toLowerCase();
        return String(option?.label ?? "").toLowerCase().includes(needle) || String(option?.value ?? "").toLowerCase().includes(needle);
      }}
      {...props}
    />
  );
}
