import { expect, test, sourcesTrashedAfterEach } from "./fixtures";

// The source this file creates is deleted afterwards, so runs and other specs never see it.
const created = sourcesTrashedAfterEach();

test("a reader searches from the header, without accents, and lands on the source", async ({
  page,
  request,
}) => {
  const tag = crypto.randomUUID().replace(/\D/g, "").slice(0, 6);
  const title = `Informe de Sumqayıt ${tag}`;
  const response = await request.post("/api/v1/sources", {
    data: {
      title,
      language: "es",
      text: `Según la Fiscalía, murieron 26 personas en la población de Sumqayıt${tag}.`,
    },
  });
  expect(response.status()).toBe(201);
  created.push((await response.json()).id);

  await page.goto("/questions");
  const box = page.getByRole("search").getByRole("searchbox");
  await box.fill(`poblacion sumqayit${tag}`);
  await box.press("Enter");

  await expect(page).toHaveURL(/\/search\?q=/);
  const sources = page.getByRole("region", { name: "Sources" });
  await expect(sources.locator("mark", { hasText: "población" })).toBeVisible();
  await sources.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
});

test("a reader narrows a search by language, then searches within a subject from its page", async ({
  page,
  request,
}) => {
  const word = `Velmora${crypto.randomUUID().replace(/\D/g, "").slice(0, 6)}`;
  const add = async (title: string, language: string) => {
    const response = await request.post("/api/v1/sources", {
      data: { title, language, text: `${title}: witnesses in ${word} counted 26 dead.` },
    });
    expect(response.status()).toBe(201);
    const { id } = await response.json();
    created.push(id);
    return id as string;
  };
  const english = await add(`Report on the riots ${word}`, "en");
  await add(`Informe sobre los disturbios ${word}`, "es");
  const claim = await request.post("/api/v1/claims", {
    data: {
      sourceId: english,
      question: { subject: `Riots of ${word}`, measure: "people killed", kind: "count" },
      quote: { exact: "counted 26 dead" },
    },
  });
  expect(claim.status()).toBe(201);

  await page.goto(`/search?q=${word}&kind=sources`);
  const results = page.getByRole("region", { name: "Sources" });
  await expect(results.getByRole("listitem")).toHaveCount(2);
  await page.getByLabel("Language").fill("es");
  await page.getByRole("button", { name: "Search", exact: true }).last().click();
  await expect(page).toHaveURL(/language=es/);
  await expect(results.getByRole("listitem")).toHaveCount(1);
  await expect(results.getByRole("link", { name: /Informe sobre/ })).toBeVisible();

  const { questionId } = await claim.json();
  const comparison = await (await request.get(`/api/v1/questions/${questionId}`)).json();
  await page.goto(`/subjects/${comparison.question.subject.id}`);
  const within = page.getByRole("search", { name: "In this subject" });
  await within.getByRole("searchbox").fill(word);
  await within.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText(`In the subject Riots of ${word}`)).toBeVisible();
  const sources = page.getByRole("region", { name: "Sources" });
  await expect(sources.getByRole("listitem")).toHaveCount(1);
  await expect(sources.getByRole("link", { name: /Report on the riots/ })).toBeVisible();
  await page.getByRole("link", { name: "Any subject" }).click();
  await expect(sources.getByRole("listitem")).toHaveCount(2);
});
