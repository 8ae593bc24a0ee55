// Builds fakeOffice/entry.ts (the strict fake Excel behind a minimal Office global) into one browser script,
// with webpack and ts-loader from node_modules: no eval (the pane's CSP forbids it), no type check (jest's
// ts-jest and tsc already check these files).
import * as path from "node:path";
import webpack from "webpack";
import { ROOT } from "../../helpers/build";

export async function bundleFakeOffice(outDir: string): Promise<string> {
  const compiler = webpack({
    mode: "development",
    devtool: false,
    target: "web",
    context: ROOT,
    entry: path.join(__dirname, "entry.ts"),
    output: { path: outDir, filename: "fake-office.js" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: "ts-loader",
          options: { transpileOnly: true, compilerOptions: { noEmit: false } },
        },
      ],
    },
  });
  await new Promise<void>((resolve, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString("errors-only")));
      else resolve();
    })
  );
  return path.join(outDir, "fake-office.js");
}
