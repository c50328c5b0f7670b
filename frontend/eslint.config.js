// ESLint for the SPA: typescript-eslint, the React hooks rules, jsx-a11y, and the import boundaries of
// bulletproof-react (app → features → shared, never feature to feature, shared never imports features or app).
import { readdirSync } from "node:fs";
import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

// Every folder under src/features is a feature; a new one is fenced in without editing this file.
const features = readdirSync(new URL("./src/features", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const APP = {
  group: ["@/app", "@/app/*"],
  message: "Only src/app composes the app; import what you need from shared.",
};
const TESTING = { group: ["@/testing", "@/testing/*"], message: "Test helpers are for *.test.* files only." };
// Relative paths that climb out of a feature (or out of shared) would get round the alias rules below.
const CLIMB = {
  group: ["../../*", "../../../*"],
  message: "Import across folders with the @/ alias so the boundaries can see it.",
};

function restrict(...patterns) {
  return { "no-restricted-imports": ["error", { patterns }] };
}

export default tseslint.config(
  { ignores: ["dist/", "src/shared/api/schema.d.ts"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  jsxA11y.flatConfigs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // tsc (noUnusedLocals/noUnusedParameters) already reports these, with the same meaning.
      "@typescript-eslint/no-unused-vars": "off",
      // Each words file adds its keys to MessageKeys with `interface MessageKeys extends Words {}`.
      "@typescript-eslint/no-empty-object-type": ["error", { allowInterfaces: "with-single-extends" }],
    },
  },
  {
    files: ["src/shared/**/*.{ts,tsx}"],
    ignores: ["src/**/*.test.{ts,tsx}"],
    rules: restrict(
      {
        group: ["@/features", "@/features/*"],
        message: "shared is below every feature: pass the piece in, or move it to shared.",
      },
      APP,
      TESTING,
      CLIMB,
    ),
  },
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    ignores: ["src/**/*.test.{ts,tsx}"],
    rules: restrict(
      {
        group: ["@/features/*", `!@/features/${feature}`],
        message: "A feature never imports another feature: move the shared piece to shared/, or let app pass it in.",
      },
      APP,
      TESTING,
      CLIMB,
    ),
  })),
  {
    // Tests may use the test helpers, but they still keep to their feature.
    files: ["src/features/*/**/*.test.{ts,tsx}", "src/shared/**/*.test.{ts,tsx}"],
    rules: restrict(APP, CLIMB),
  },
  {
    files: ["*.{js,ts}", "scripts/**/*.{js,mjs}"],
    languageOptions: { globals: { ...globals.node } },
  },
);
