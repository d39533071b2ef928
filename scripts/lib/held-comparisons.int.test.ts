// Readers racing a writer through the held comparisons, against real PostgreSQL: once a write is
// acknowledged, no reader is sent the comparison it replaced, however many readers were filling
// and reading the held one meanwhile. The app is the comparison API's own route handler, called
// as Next calls it, behind the server's layers as scripts/serve.ts puts them together.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, test } from "vitest";
import * as comparison from "@/app/api/v1/questions/[id]/route";
import { updateClaim } from "@/lib/claims/claim-data";
import { ClaimUpdateSchema } from "@/lib/claims/claim-schema";
import { hostPolicy } from "@/lib/http/allowed-hosts";
import { testFixtures } from "@/lib/testing/fixtures";
import { rawGet } from "@/lib/testing/raw-get";
import { testClaim } from "@/lib/testing/test-claim";
import { API_CHECKED_HEADER, guardApi } from "./app-server";
import { HELD_HEADER, heldComparisons } from "./held-comparisons";
import { primaryFingerprints } from "./primary-fingerprints";
import { encodeResponses } from "./response-encoding";

const fixtures = testFixtures();

async function app(request: IncomingMessage, response: ServerResponse) {
  const url = new URL(request.url ?? "/", "http://127.0.0.1");
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers))
    if (typeof value === "string") headers.set(name, value);
  const id = url.pathname.split("/").pop()!;
  const answer = await comparison.GET(new Request(url, { headers }), {
    params: Promise.resolve({ id }),
  });
  response.statusCode = answer.status;
  answer.headers.forEach((value, name) => response.setHeader(name, value));
  response.end(Buffer.from(await answer.arrayBuffer()));
}

const hosts = hostPolicy({ host: "127.0.0.1" });
const held = heldComparisons({
  hosts,
  fingerprint: primaryFingerprints(process.env.DATABASE_URL!),
});
const server = createServer(
  guardApi(
    held.lookup(
      encodeResponses(held.fill(app), (request) => Boolean(request.headers[API_CHECKED_HEADER])),
    ),
    hosts,
  ),
);
let port: number;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await fixtures.cleanUp();
});

test("once a write is acknowledged, no reader gets the comparison it replaced", async () => {
  const source = await fixtures.source("Officials counted 26 dead. Witnesses spoke of 40 dead.");
  const question = { subject: fixtures.subject("Held race"), measure: "killed", kind: "count" };
  const first = await testClaim(source.id, question, "counted 26 dead");
  const second = await testClaim(source.id, first.questionId, "spoke of 40 dead");
  const path = `/api/v1/questions/${first.questionId}`;
  const served = { hit: 0, miss: 0 };
  const read = async () => {
    const answer = await rawGet(port, path, { "accept-encoding": "identity" });
    expect(answer.status).toBe(200);
    const cache = answer.headers[HELD_HEADER];
    if (cache === "hit" || cache === "miss") served[cache]++;
    const body = JSON.parse(answer.raw.toString()) as { claims: { id: string; note: string }[] };
    return new Map(body.claims.map((claim) => [claim.id, claim.note]));
  };

  // Four readers keep filling and reading the held answer on their own connections, while two
  // writers, each on its own claim, write a note and then read it back through the same server.
  let writing = true;
  const readers = Array.from({ length: 4 }, async () => {
    while (writing) await read();
  });
  const writer = async (claimId: string) => {
    for (let n = 1; n <= 25; n++) {
      const note = `reading ${n}`;
      const written = await updateClaim(claimId, ClaimUpdateSchema.parse({ note }));
      expect(written.ok).toBe(true);
      expect((await read()).get(claimId)).toBe(note);
    }
  };
  try {
    await Promise.all([writer(first.id), writer(second.id)]);
  } finally {
    writing = false;
    await Promise.all(readers);
  }
  // The readers were served held answers, and answers made after each write.
  expect(served.hit).toBeGreaterThan(0);
  expect(served.miss).toBeGreaterThan(0);
  const last = await read();
  expect([last.get(first.id), last.get(second.id)]).toEqual(["reading 25", "reading 25"]);
}, 60_000);
