import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Form, Input, Rate, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, api } from "../../api/client";
import { applyProblemToForm } from "../../api/form-errors";
import type { ResponseOf } from "../../api/types";
import { ns } from "./portal.i18n";

export const SURVEY_SCORES = ["responseSpeed", "professionalism", "resolution", "overall"] as const;
type Score = (typeof SURVEY_SCORES)[number];
type Answer = Record<Score, number> & { comment?: string };
type AnswerShown = ResponseOf<"/cases/{id}/survey", "get">;

/** The satisfaction survey of a closed case: four scores 1–5 (all required) and a comment (POST /cases/{id}/survey). */
export function SurveyForm({ caseId, onAnswered }: { caseId: string; onAnswered?: () => void }) {
  const { t } = useTranslation([ns, "common"]);
  const [form] = Form.useForm<Answer>();
  const [formError, setFormError] = useState<string | null>(null);
  const answer = useMutation({
    mutationFn: (values: Answer) => api.post<AnswerShown>(`/cases/${caseId}/survey`, values),
    onSuccess: () => onAnswered?.(),
    onError: (error) => setFormError(applyProblemToForm(form, error)),
  });
  const submit = (values: Answer) => {
    setFormError(null);
    const comment = values.comment?.trim();
    answer.mutate({ responseSpeed: values.responseSpeed, professionalism: values.professionalism, resolution: values.resolution, overall: values.overall, ...(comment ? { comment } : {}) });
  };
  return (
    <Card size="small" data-testid="survey" title={<Typography.Title level={2} style={{ margin: 0 }}>{t("survey.title")}</Typography.Title>}>
      <Typography.Paragraph type="secondary">{t("survey.hint")}</Typography.Paragraph>
      {formError ? <Alert type="error" role="alert" title={formError} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark>
        {SURVEY_SCORES.map((score) => (
          <Form.Item key={score} name={score} label={t(`survey.${score}`)} rules={[{ required: true, message: t("survey.required") }]}>
            <Rate aria-label={t(`survey.${score}`)} data-testid={`rate-${score}`} />
          </Form.Item>
        ))}
        <Form.Item name="comment" label={t("survey.comment")}>
          <Input.TextArea rows={3} maxLength={20000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={answer.isPending}>{t("survey.submit")}</Button>
      </Form>
    </Card>
  );
}

/** On a closed case: the survey while nobody has answered it (GET answers 404), a thank-you once answered. */
export function CaseSurvey({ caseId }: { caseId: string }) {
  const { t } = useTranslation([ns, "common"]);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const key = ["portal-case", caseId, "survey"];
  const survey = useQuery({
    queryKey: key,
    retry: false,
    queryFn: async ({ signal }) => {
      try {
        return await api.get<AnswerShown>(`/cases/${caseId}/survey`, undefined, signal);
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
  if (survey.isLoading || survey.error) return null;
  if (survey.data) return <Typography.Text type="secondary" data-testid="survey-answered">{t("survey.answered")}</Typography.Text>;
  return <SurveyForm caseId={caseId} onAnswered={() => { void message.success(t("survey.thanks")); void queryClient.invalidateQueries({ queryKey: key }); }} />;
}
