// Backups of the database and the attachment store, and restoring them (`casedesk backup`,
// `casedesk restore`; docs/operations.md).
export { assertEmptyTarget, backupPglite, backupPostgres, BackupError, type BackupManifest } from "./backup.js";
export { requestBackup, serveBackupRequests } from "./backup-socket.js";
export { readManifest, restoreBackup, type RestoreReport } from "./restore.js";
