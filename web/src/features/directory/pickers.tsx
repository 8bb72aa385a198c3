import { useQuery } from "@tanstack/react-query";
import { Select } from "antd";
import { useState } from "react";
import { api } from "../../api/client";
import type { Page, ResponseOf, Role, User } from "../../api/types";

export type CustomerSummary = ResponseOf<"/customers", "get">["items"][number];

/** A customer company, looked up by name as the user types (GET /customers?q=). */
export function CustomerSelect(props: { id?: string; value?: string; onChange?: (value: string | undefined) => void; placeholder?: string; "aria-label"?: string }) {
  const [q, setQ] = useState("");
  const found = useQuery({
    queryKey: ["directory", "customers", q],
    queryFn: ({ signal }) => api.get<Page<CustomerSummary>>("/customers", { q: q || undefined, limit: 50 }, signal),
    staleTime: 60_000,
  });
  return (
    <Select
      id={props.id}
      aria-label={props["aria-label"]}
      allowClear
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={props.value}
      onChange={(value) => props.onChange?.(value ?? undefined)}
      placeholder={props.placeholder}
      loading={found.isFetching}
      options={(found.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
      style={{ width: "100%" }}
    />
  );
}

/** A user of the given roles (GET /users?role=), for assignee filters and rosters. */
export function UserSelect(props: { id?: string; roles: Role[]; value?: string; onChange?: (value: string | undefined) => void; placeholder?: string; "aria-label"?: string }) {
  const users = useStaff(props.roles);
  return (
    <Select
      id={props.id}
      aria-label={props["aria-label"]}
      allowClear
      showSearch={{ optionFilterProp: "label" }}
      value={props.value}
      onChange={(value) => props.onChange?.(value ?? undefined)}
      placeholder={props.placeholder}
      loading={users.isLoading}
      options={(users.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
      style={{ width: "100%" }}
    />
  );
}

/** Every active user of these roles (one page of 500 per role is the whole staff of a centre). */
export function useStaff(roles: Role[]) {
  return useQuery({
    queryKey: ["directory", "users", ...roles],
    queryFn: async ({ signal }) => {
      const pages = await Promise.all(roles.map((role) => api.get<Page<User>>("/users", { role, limit: 500 }, signal)));
      return pages.flatMap((page) => page.items).filter((u) => u.isActive);
    },
    staleTime: 60_000,
  });
}
