/** Jest: TypeScript through ts-jest (transpile only; `npm run typecheck` does the type-checking). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: {
          isolatedModules: true,
          module: "commonjs",
          moduleResolution: "node10",
          jsx: "react-jsx",
          esModuleInterop: true,
          target: "ES2022",
        },
      },
    ],
  },
  setupFilesAfterEnv: ["<rootDir>/test/setup.ts"],
  reporters: ["default", "<rootDir>/test/helpers/summaryReporter.js"],
  testTimeout: 30000,
  // Real-program suites (Chromium, LibreOffice) are slow to start; keep them from running on both cores at once.
  maxWorkers: 2,
};
