import { describe, expect, it } from "vitest";
import { statementNames } from "./statement-names";

describe("statementNames", () => {
  it("gives one text the same name every time, and different texts different names", () => {
    const name = statementNames();
    const first = name({ sql: "SELECT 1" });
    expect(first).toMatch(/^cc_[\w-]{32}$/);
    expect(name({ sql: "SELECT 1" })).toBe(first);
    expect(name({ sql: "SELECT 2" })).not.toBe(first);
    // A second generator (another client) names the same text alike.
    expect(statementNames()({ sql: "SELECT 1" })).toBe(first);
  });

  it("leaves texts unnamed once the limit is reached, but keeps the names it gave", () => {
    const name = statementNames(2);
    const a = name({ sql: "SELECT 'a'" });
    const b = name({ sql: "SELECT 'b'" });
    expect(name({ sql: "SELECT 'c'" })).toBeUndefined();
    expect(name({ sql: "SELECT 'a'" })).toBe(a);
    expect(name({ sql: "SELECT 'b'" })).toBe(b);
  });

  it("leaves searches unnamed, so each is planned for its own words", () => {
    const name = statementNames();
    expect(name({ sql: `SELECT id FROM "Source" WHERE "searchVector" @@ $1` })).toBeUndefined();
    expect(
      name({ sql: `SELECT id FROM "Question" WHERE label LIKE '%' || $1 || '%'` }),
    ).toBeUndefined();
    expect(name({ sql: `SELECT id FROM "Origin" WHERE $1 <% name` })).toBeUndefined();
    expect(name({ sql: `SELECT word_similarity($1, name) FROM "Origin"` })).toBeUndefined();
    expect(name({ sql: `SELECT id FROM "Origin" WHERE "likely" = $1` })).toBeDefined();
  });
});
