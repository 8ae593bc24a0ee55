// ESLint flat config: the Office add-in rules, TypeScript, React hooks, and the layering of DEVELOPERS.md.
import officeAddins from "eslint-plugin-office-addins";
import importPlugin from "eslint-plugin-import";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";
import globals from "globals";

const tsFiles = ["**/*.{ts,tsx}"];
// The Office add-in rule block (parser, plugins and rules), reused for .tsx, which its own glob leaves out.
const officeBlock = officeAddins.configs.recommended.find(
  (c) => c.rules && c.rules["office-addins/load-object-before-read"]
);

// Folders a layer must never import from (resolved paths, so "../report/x" and "@/report" are both caught).
const layering = [
  {
    target: "./src/skj",
    from: [
      "./src/report",
      "./src/excel",
      "./src/file",
      "./src/taskpane",
      "./src/functions",
      "./src/cli",
      "./src/commands",
    ],
    message: "src/skj is the pure domain: it imports nothing above it.",
  },
  {
    target: "./src/report",
    from: [
      "./src/excel",
      "./src/file",
      "./src/taskpane",
      "./src/functions",
      "./src/cli",
      "./src/commands",
    ],
    message: "src/report is renderer-neutral: it must not import an adapter or a front end.",
  },
  {
    target: "./src/excel",
    from: ["./src/file", "./src/taskpane", "./src/cli", "./src/functions"],
    message: "The Office.js adapter must not import the file adapter or a front end.",
  },
  {
    target: "./src/file",
    from: ["./src/excel", "./src/taskpane", "./src/cli", "./src/functions"],
    message: "The file adapter must not import the Office.js adapter or a front end.",
  },
];

const forbiddenPackages = (names, why) => ({
  "no-restricted-imports": [
    "error",
    { patterns: names.map((group) => ({ group: [group], message: why })) },
  ],
});

export default [
  {
    ignores: [
      "dist/**",
      "lib/**",
      "node_modules/**",
      "coverage/**",
      "test-output/**",
      "bench/results.json",
      "test/fixtures/generated/**",
    ],
  },
  ...officeAddins.configs.react,
  ...tseslint.configs.recommended.map((c) => ({ ...c, files: tsFiles })),
  {
    files: tsFiles,
    plugins: { ...officeBlock.plugins, "react-hooks": reactHooks, import: importPlugin },
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: { ...globals.browser, ...globals.node },
    },
    settings: {
      react: { version: "detect" },
      "import/resolver": { node: { extensions: [".ts", ".tsx", ".js", ".json"] } },
    },
    rules: {
      ...officeBlock.rules,
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "no-undef": "off",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "import/no-restricted-paths": ["error", { zones: layering }],
      // An unresolvable path would slip past the layering rule; TypeScript resolves the same way.
      "import/no-unresolved": ["error", { ignore: ["^node:"] }],
    },
  },
  {
    files: ["src/skj/**/*.ts"],
    rules: forbiddenPackages(
      [
        "exceljs",
        "react",
        "react-*",
        "@fluentui/*",
        "office-*",
        "@microsoft/*",
        "fflate",
        "saxes",
        "fs",
        "node:*",
        "path",
      ],
      "src/skj is pure: no Office, DOM, file or UI library."
    ),
  },
  {
    files: ["src/report/**/*.ts"],
    rules: forbiddenPackages(
      ["exceljs", "react", "react-*", "@fluentui/*", "office-*", "@microsoft/*", "fflate", "saxes"],
      "src/report is renderer-neutral: no Office, file or UI library."
    ),
  },
  {
    files: ["src/excel/**/*.ts"],
    rules: forbiddenPackages(
      ["exceljs", "fflate", "saxes"],
      "The Office.js adapter does not read files."
    ),
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: { ecmaVersion: 2022, sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module" },
  },
];
