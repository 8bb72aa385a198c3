import { defineMessages } from "../../app/i18n";

/** Words of the files of a case (list, upload, the names on timeline entries); the portal uses them too. */
export const caseFilesNs = defineMessages("caseFiles", {
  "zh-CN": {
    title: "附件", empty: "暂无附件", download: "下载 {{name}}", pick: "选择文件", pickHint: "每次最多 10 个文件",
    note: "说明（可选）", upload: "上传", uploaded: "已上传 {{count}} 个文件", internal: "内部", public: "公开",
    visibility: "可见范围", renamed: "文件名已调整：{{name}}", files: "附件：",
  },
  en: {
    title: "Attachments", empty: "No attachments", download: "Download {{name}}", pick: "Choose files", pickHint: "up to 10 files at a time",
    note: "Note (optional)", upload: "Upload", uploaded: "{{count}} file(s) uploaded", internal: "Internal", public: "Public",
    visibility: "Visible to", renamed: "File name adjusted: {{name}}", files: "Files: ",
  },
});
