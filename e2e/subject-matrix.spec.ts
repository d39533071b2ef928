import { expect, test, sourcesTrashedAfterEach } from "./fixtures";

// A subject with more questions than one page of its matrix holds: a reader walks the pages.

const created = sourcesTrashedAfterEach();

test("a subject's matrix shows 50 questions a page, and the next page the rest, each once", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const tag = crypto.randomUUID().slice(0, 8);
  const source = await request.post("/api/v1/sources", {
    data: {
      title: `Matrix pages ${tag}`,
      kind: "news_article",
      text: `Officials counted 26 dead. [${tag}]`,
    },
  });
  expect(source.status()).toBe(201);
  const { id: sourceId } = await source.json();
  created.push(sourceId);
  const subject = `Matrix subject ${tag}`;
  const measures = Array.from(
    { length: 52 },
    (_, i) => `measure ${String(i + 1).padStart(2, "0")}`,
  );
  let questionId = "";
  for (const measure of measures) {
    const claim = await request.post("/api/v1/claims", {
      data: {
        sourceId,
        question: { subject, measure, kind: "count" },
        quote: { exact: "counted 26 dead" },
      },
    });
    expect(claim.status()).toBe(201);
    questionId = (await claim.json()).questionId;
  }
  const comparison = await (await request.get(`/api/v1/questions/${questionId}`)).json();

  await page.goto(`/subjects/${comparison.question.subject.id}`);
  const rows = page.getByRole("table").getByRole("rowheader");
  await expect(page.getByText("Questions 1–50 of 52, A to Z by measure and scope.")).toBeVisible();
  await expect(rows).toHaveCount(50);
  const first = (await rows.getByRole("link").allInnerTexts()).map((text) => text.trim());
  await expect(page.getByRole("columnheader", { name: /Matrix pages/ })).toBeVisible();

  await page.getByRole("link", { name: "Next questions →" }).click();
  await expect(page.getByText("Questions 51–52 of 52, A to Z by measure and scope.")).toBeVisible();
  await expect(rows).toHaveCount(2);
  const second = (await rows.getByRole("link").allInnerTexts()).map((text) => text.trim());
  expect([...first, ...second]).toEqual(measures);
  await expect(page.getByRole("link", { name: "Next questions →" })).toHaveCount(0);

  await page.getByRole("link", { name: "← First questions" }).click();
  await expect(page.getByText("Questions 1–50 of 52, A to Z by measure and scope.")).toBeVisible();
});
