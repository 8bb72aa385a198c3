#!/usr/bin/env node
// `npm run bench`: runs bench/main.ts through tsx, like bin/casedesk.js runs the app (no build step).
import { register } from "tsx/esm/api";

register();
await import("../bench/main.ts");
