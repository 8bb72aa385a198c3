import js from "@eslint/js";
import tseslint from "typescript-eslint";

const MODULES = "backup|auth|customers|cases|rosters|jobs|notify|sla|attachments|telephony|surveys|live|intake|housekeeping";

export default tseslint.config(
  { ignores: ["node_modules/", "data/", "dist/", "scratch/", "coverage/", "web/dist/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", console: "readonly", Buffer: "readonly", URL: "readonly", setTimeout: "readonly", clearTimeout: "readonly", TextDecoder: "readonly", fetch: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "no-restricted-syntax": ["error", { selector: "MemberExpression[object.name='process'][property.name='env']", message: "read configuration in src/config.ts only" }],
    },
  },
  {
    // a domain module is reached only through its index.ts (docs/ARCHITECTURE.md)
    files: ["src/**/*.ts"],
    ignores: ["src/**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", {
        patterns: [{ regex: `^\\.\\./(${MODULES})/(?!index\\.js$)`, message: "import another module through its index.ts" }],
      }],
    },
  },
  {
    // the DB interface is composed of each module's table types
    files: ["src/db/schema.ts"],
    rules: { "@typescript-eslint/no-restricted-imports": "off" },
  },
  {
    // pure domain rules know nothing of the database, HTTP or jobs
    files: [
      "src/cases/case.ts", "src/cases/case-number.ts", "src/cases/search-text.ts", "src/cases/case-events.ts", "src/cases/vendor/vendor-request.ts",
      "src/customers/phone.ts", "src/rosters/shift.ts", "src/rosters/roster.ts", "src/sla/calendar.ts", "src/sla/duration.ts", "src/sla/policy.ts",
      // telephony and surveys
      "src/telephony/call.ts", "src/surveys/survey.ts",
    ],
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", {
        patterns: [{ regex: "^\\.\\./(db|http|jobs)/", message: "pure domain code imports no infrastructure", allowTypeImports: true }],
      }],
    },
  },
  {
    files: ["src/config.ts", "scripts/**", "test/**", "bench/**", "bin/**", "src/**/*.test.ts", "vitest.config.ts"],
    rules: { "no-restricted-syntax": "off", "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // web UI: browser code; the browser tests start servers and read their environment like test/
    files: ["web/**/*.{ts,tsx}"],
    languageOptions: { globals: { window: "readonly", document: "readonly", localStorage: "readonly", navigator: "readonly", setInterval: "readonly", clearInterval: "readonly" } },
  },
  {
    files: ["web/e2e/**", "web/**/*.test.{ts,tsx}"],
    rules: { "no-restricted-syntax": "off", "@typescript-eslint/no-explicit-any": "off" },
  },
);
