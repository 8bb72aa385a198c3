import type { Language } from "../db/schema.js";
import type { LinkStatus } from "./survey.js";

/**
 * The page behind the SMS short link: the case number and subject, four 1–5 scores and a comment,
 * posted as JSON to /api/v1/surveys/<token>. Plain HTML with one small script, so the link works
 * with or without the web UI; every value from the database is escaped.
 */
const TEXT = {
  "zh-CN": {
    title: "服务满意度调查", intro: "您的工单已关闭，请为我们的服务打分（1 = 很不满意，5 = 非常满意）。",
    responseSpeed: "响应速度", professionalism: "专业水平", resolution: "问题解决", overall: "总体满意度", comment: "意见和建议（可选）",
    submit: "提交", thanks: "感谢您的评价！", answered: "该调查已经提交过，感谢您的反馈。", expired: "该调查链接已过期。",
    notFound: "链接无效。", failed: "提交失败，请检查后重试。", caseLabel: "工单",
  },
  en: {
    title: "Satisfaction survey", intro: "Your case is closed. Please rate our service (1 = very dissatisfied, 5 = very satisfied).",
    responseSpeed: "Response speed", professionalism: "Professionalism", resolution: "Resolution", overall: "Overall", comment: "Comments (optional)",
    submit: "Submit", thanks: "Thank you for your answer!", answered: "This survey has already been answered. Thank you.", expired: "This survey link has expired.",
    notFound: "This link is not valid.", failed: "Could not submit; please check and try again.", caseLabel: "Case",
  },
} as const;

const escape = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export type SurveyPage = { token: string; language: Language; nonce: string; link: { caseNumber: string; subject: string; status: LinkStatus } | null };

export function renderSurveyPage(page: SurveyPage): string {
  const t = TEXT[page.language];
  const head = `<!doctype html><html lang="${page.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${t.title}</title><style>body{font-family:system-ui,sans-serif;max-width:34rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
fieldset{border:0;padding:0;margin:0 0 1rem}legend{font-weight:600}label{margin-right:.8rem;white-space:nowrap}textarea{width:100%;min-height:6rem}
button{font-size:1rem;padding:.5rem 1.5rem}#result{font-weight:600}</style></head><body><h1>${t.title}</h1>`;
  if (!page.link) return `${head}<p>${t.notFound}</p></body></html>`;
  const caseLine = `<p>${t.caseLabel} ${escape(page.link.caseNumber)}${page.language === "en" ? ": " : "："}${escape(page.link.subject)}</p>`;
  if (page.link.status !== "open") return `${head}${caseLine}<p>${page.link.status === "answered" ? t.answered : t.expired}</p></body></html>`;
  const scores = (["responseSpeed", "professionalism", "resolution", "overall"] as const)
    .map((name) => `<fieldset><legend>${t[name]}</legend>${[1, 2, 3, 4, 5].map((n) => `<label><input type="radio" name="${name}" value="${n}" required> ${n}</label>`).join("")}</fieldset>`)
    .join("");
  const messages = JSON.stringify({ thanks: t.thanks, answered: t.answered, expired: t.expired, failed: t.failed });
  const script = `const m=${messages.replace(/</g, "\\u003c")};document.getElementById("survey").addEventListener("submit",async(e)=>{e.preventDefault();
const f=new FormData(e.target);const body={};for(const k of ["responseSpeed","professionalism","resolution","overall"])body[k]=Number(f.get(k));
const c=String(f.get("comment")||"").trim();if(c)body.comment=c;const r=await fetch(${JSON.stringify(`/api/v1/surveys/${encodeURIComponent(page.token)}`)},{method:"POST",headers:{"content-type":"application/json"},body:JSON.stringify(body)});
const out=document.getElementById("result");if(r.status===201){e.target.remove();out.textContent=m.thanks}else{const p=await r.json().catch(()=>({}));out.textContent=p.code==="link_used"||p.code==="survey_answered"?m.answered:p.code==="survey_expired"?m.expired:m.failed}});`;
  return `${head}${caseLine}<p>${t.intro}</p><form id="survey">${scores}<fieldset><legend>${t.comment}</legend><textarea name="comment" maxlength="20000"></textarea></fieldset>
<button type="submit">${t.submit}</button></form><p id="result" role="status"></p><script nonce="${page.nonce}">${script}</script></body></html>`;
}
