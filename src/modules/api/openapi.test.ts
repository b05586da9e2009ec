import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { apiOperations, buildOpenApiDocument } from "./openapi";

const apiDirectory = path.resolve(import.meta.dirname, "../../../app/api");

function routeFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const full = path.join(directory, entry);
    if (statSync(full).isDirectory()) return entry === "__tests__" ? [] : routeFiles(full);
    return entry === "route.ts" ? [full] : [];
  });
}

describe("the OpenAPI document", () => {
  it("describes exactly the routes under app/api (next-auth's own excepted)", () => {
    const implemented = routeFiles(apiDirectory)
      .filter((file) => !file.includes("[...nextauth]"))
      .flatMap((file) => {
        const route = `/api/${path.relative(apiDirectory, path.dirname(file)).split(path.sep).join("/")}`.replace(/\[(\w+)\]/g, "{$1}");
        const methods = [...readFileSync(file, "utf8").matchAll(/export const (GET|POST|PATCH|PUT|DELETE)\b/g)].map((match) => match[1]!.toLowerCase());
        return methods.map((method) => `${method} ${route}`);
      })
      .sort();
    const documented = apiOperations.map((operation) => `${operation.method} ${operation.path}`).sort();
    expect(documented).toEqual(implemented);
  });

  it("is OpenAPI 3.1 with JSON Schemas for every request body", () => {
    const document = buildOpenApiDocument() as {
      openapi: string;
      paths: Record<string, Record<string, { requestBody?: unknown; responses: Record<string, unknown> }>>;
    };
    expect(document.openapi).toBe("3.1.0");
    for (const operation of apiOperations) {
      const described = document.paths[operation.path]?.[operation.method];
      expect(described, `${operation.method} ${operation.path}`).toBeDefined();
      expect(Boolean(described?.requestBody)).toBe(Boolean(operation.request));
      if (operation.role) expect(described?.responses).toHaveProperty("403");
    }
  });
});
