import { useQuery } from "@tanstack/react-query";
import { Select } from "antd";
import { useState } from "react";
import { api } from "../../api/client";
import type { Page } from "../../api/types";

type Named = { id: string; name: string };

/**
 * A customer looked up by name as the user types; the chosen one keeps its name even when it is
 * not among the first matches (a link or the board may name any customer by id).
 */
export function CustomerPicker(props: { value?: string; onChange?: (value: string | undefined) => void; placeholder?: string; "aria-label"?: string }) {
  const [q, setQ] = useState("");
  const found = useQuery({
    queryKey: ["directory", "customers", q], staleTime: 60_000,
    queryFn: ({ signal }) => api.get<Page<Named>>("/customers", { q: q || undefined, limit: 50 }, signal),
  });
  const chosen = useQuery({
    queryKey: ["customer", props.value], enabled: Boolean(props.value), staleTime: 60_000,
    queryFn: ({ signal }) => api.get<Named>(`/customers/${props.value}`, undefined, signal),
  });
  const options = (found.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }));
  if (chosen.data && !options.some((o) => o.value === chosen.data.id)) options.unshift({ value: chosen.data.id, label: chosen.data.name });
  return (
    <Select
      aria-label={props["aria-label"]} allowClear showSearch={{ filterOption: false, onSearch: setQ }} placeholder={props.placeholder} loading={found.isFetching} style={{ width: "100%" }}
      // until its name has come, the chosen customer shows nothing rather than its id
      value={props.value && options.some((o) => o.value === props.value) ? props.value : undefined}
      onChange={(value) => props.onChange?.(value ?? undefined)} options={options}
    />
  );
}
