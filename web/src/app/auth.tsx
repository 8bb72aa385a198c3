import { useQuery, useQueryClient } from "@tanstack/react-query";
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { ApiError, api, onUnauthenticated, setCsrfToken } from "../api/client";
import type { Me, Role, User } from "../api/types";
import { usePreferences } from "./preferences";

/** Who is signed in: GET /auth/me on load, POST /auth/login and /auth/logout. */
type Auth = {
  user: User | null;
  isLoading: boolean;
  login(email: string, password: string): Promise<User>;
  logout(): Promise<void>;
  /** true once the user signed out here: the sign-in page then starts afresh, not where they were */
  hasSignedOut: boolean;
};

const AuthContext = createContext<Auth | null>(null);
const ME_KEY = ["auth", "me"] as const;

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const { hasChosenLanguage, setLanguage } = usePreferences();
  const [hasSignedOut, setHasSignedOut] = useState(false);
  const me = useQuery({
    queryKey: ME_KEY,
    queryFn: async () => {
      try {
        const found = await api.get<Me>("/auth/me");
        setCsrfToken(found.csrfToken);
        return found;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: Infinity,
    retry: false,
  });

  useEffect(() => {
    onUnauthenticated(() => {
      setCsrfToken(null);
      queryClient.setQueryData(ME_KEY, null);
    });
  }, [queryClient]);

  const login = useCallback(async (email: string, password: string) => {
    const found = await api.post<Me>("/auth/login", { email, password });
    setCsrfToken(found.csrfToken);
    setHasSignedOut(false);
    if (!hasChosenLanguage) setLanguage(found.user.language);
    // the session query is updated in place (its observers hear of it); everything else was someone else's
    await queryClient.cancelQueries({ queryKey: ME_KEY });
    queryClient.setQueryData(ME_KEY, found);
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_KEY[0] });
    return found.user;
  }, [queryClient, hasChosenLanguage, setLanguage]);

  const logout = useCallback(async () => {
    setHasSignedOut(true);
    try {
      await api.post("/auth/logout");
    } finally {
      setCsrfToken(null);
      queryClient.setQueryData(ME_KEY, null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_KEY[0] });
    }
  }, [queryClient]);

  const value = useMemo<Auth>(() => ({ user: me.data?.user ?? null, isLoading: me.isLoading, login, logout, hasSignedOut }), [me.data, me.isLoading, login, logout, hasSignedOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const value = useContext(AuthContext);
  if (!value) throw new Error("useAuth outside AuthProvider");
  return value;
}

/** The signed-in user inside a guarded route. */
export function useUser(): User {
  const { user } = useAuth();
  if (!user) throw new Error("useUser without a signed-in user");
  return user;
}

export const isCustomer = (role: Role) => role === "customer";
