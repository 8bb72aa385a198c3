// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderInApp } from "../../test/render";
import { SURVEY_SCORES, SurveyForm } from "./SurveyForm";

/** Clicks the n-th star (1–5) of one score's Rate. */
function rate(score: string, stars: number) {
  const control = screen.getByTestId(`rate-${score}`);
  const star = control.querySelectorAll(".ant-rate-star-second")[stars - 1];
  if (!star) throw new Error(`no star ${stars} for ${score}`);
  fireEvent.click(star);
}

/** The scores whose form item shows an error. */
const failing = () => SURVEY_SCORES.filter((score) => screen.getByTestId(`rate-${score}`).closest(".ant-form-item")?.classList.contains("ant-form-item-has-error"));

describe(SurveyForm.name, () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("asks for all four scores before sending anything", async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal("fetch", fetchMock);
    renderInApp(<SurveyForm caseId="11111111-1111-1111-1111-111111111111" />);
    fireEvent.click(screen.getByRole("button", { name: /提交评价/ }));
    await waitFor(() => expect(failing()).toEqual([...SURVEY_SCORES]), { timeout: 5000 });
    await waitFor(() => expect(screen.getAllByText("请评分").length).toBeGreaterThan(0), { timeout: 5000 });
    rate("responseSpeed", 4);
    rate("professionalism", 5);
    rate("resolution", 3);
    fireEvent.click(screen.getByRole("button", { name: /提交评价/ }));
    await waitFor(() => expect(failing()).toEqual(["overall"]), { timeout: 5000 });
    expect(fetchMock).not.toHaveBeenCalled();
  }, 20_000);

  it("sends the four scores and the comment to the case's survey", async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ caseId: "x", responseSpeed: 4, professionalism: 5, resolution: 3, overall: 4, comment: "很及时", via: "portal", answeredAt: "2026-11-30T02:00:00Z" }), { status: 201, headers: { "content-type": "application/json" } }));
    vi.stubGlobal("fetch", fetchMock);
    const onAnswered = vi.fn();
    renderInApp(<SurveyForm caseId="11111111-1111-1111-1111-111111111111" onAnswered={onAnswered} />);
    const stars = { responseSpeed: 4, professionalism: 5, resolution: 3, overall: 4 };
    for (const score of SURVEY_SCORES) rate(score, stars[score]);
    fireEvent.change(screen.getByLabelText("意见和建议（可选）"), { target: { value: " 很及时 " } });
    fireEvent.click(screen.getByRole("button", { name: /提交评价/ }));
    await waitFor(() => expect(onAnswered).toHaveBeenCalled(), { timeout: 5000 });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/v1/cases/11111111-1111-1111-1111-111111111111/survey");
    expect(init.method).toBe("POST");
    expect(JSON.parse(String(init.body))).toEqual({ ...stars, comment: "很及时" });
  }, 20_000);
});
