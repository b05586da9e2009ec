import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

// Pure modules must stay free of React, Prisma, Next and the rest of the app (see STYLE.md).
const pureRestriction = {
  patterns: [
    { group: ["react", "react-dom", "next", "next/*", "next-auth", "next-auth/*"], message: "Pure modules import no React or Next." },
    { group: ["@prisma/*", "@generated/*", "**/generated/**"], message: "Pure modules import no Prisma." },
    { group: ["@/db/*", "@/modules/*", "@/auth/*", "@/components/*", "@/lib/*"], message: "Pure modules import nothing from the app." },
  ],
};

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      "generated/**",
      "node_modules/**",
      "data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      "e2e/.artifacts/**",
      "bench/.out/**",
    ],
  },
  ...nextVitals,
  ...nextTs,
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    files: ["src/anchoring/**", "src/detection/**", "src/report/**"],
    rules: { "no-restricted-imports": ["error", pureRestriction] },
  },
  {
    // app/ is routing only: it reaches the database through src/modules.
    files: ["app/**"],
    ignores: ["app/**/__tests__/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@prisma/*", "@generated/*", "@/db/client"], message: "app/ goes through src/modules, not Prisma." }] },
      ],
    },
  },
);
