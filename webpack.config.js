/* Builds the add-in: task pane (also the plain web page of file mode), custom functions and commands,
   all loaded by one page (shared runtime), plus functions.json generated from the functions' JSDoc. */
const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const webpack = require("webpack");

const urlDev = "https://localhost:3000/";
// Where the add-in is hosted in production; set SKJ_PROD_URL when building for a deployment.
const urlProd = process.env.SKJ_PROD_URL || "https://skj.example.go.id/";

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** HTTPS for the dev server: office-addin-dev-certs, or its files when it cannot trust the CA (no sudo). */
async function httpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const o = await devCerts.getHttpsServerOptions();
    return { ca: o.ca, key: o.key, cert: o.cert };
  } catch (error) {
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const file = (name) => path.join(dir, name);
    if (fs.existsSync(file("localhost.key")) && fs.existsSync(file("localhost.crt"))) {
      console.warn(`Dev certificates not trusted (${error.message}); using ${dir} as is.`);
      return {
        key: fs.readFileSync(file("localhost.key")),
        cert: fs.readFileSync(file("localhost.crt")),
        ca: fs.existsSync(file("ca.crt")) ? fs.readFileSync(file("ca.crt")) : undefined,
      };
    }
    console.warn(
      "No dev certificates (run `npx office-addin-dev-certs install`); serving plain http."
    );
    return undefined;
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const https = env.WEBPACK_SERVE ? await httpsOptions() : undefined;
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              // ES modules let webpack tree-shake Fluent (commonjs made the pane 18 MiB).
              compilerOptions: {
                module: "esnext",
                moduleResolution: "bundler",
                noEmit: false,
                sourceMap: dev,
              },
            },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      // The plugin appends CustomFunctions.associate(...) calls. Outside Office (the file-mode web page,
      // possibly offline) Office.js and that global are absent: registering becomes a no-op, not a page error.
      new webpack.BannerPlugin({
        banner:
          "var CustomFunctions = globalThis.CustomFunctions || { associate: function () {} };",
        raw: true,
        entryOnly: true,
        include: /^functions\.js$/,
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions", "commands"],
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/taskpane/help.html",
        chunks: [],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "assets/sample/contoh-hasil-asesmen.xlsx", to: "assets/sample/[name][ext]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev
                ? content
                : content
                    .toString()
                    .replace(new RegExp(escapeRegExp(urlDev), "g"), urlProd)
                    // The AppDomain is written as an origin, without the trailing slash.
                    .replace(
                      new RegExp(escapeRegExp(urlDev.replace(/\/$/, "")), "g"),
                      urlProd.replace(/\/$/, "")
                    );
            },
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : { type: "http" },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      client: { overlay: { warnings: false } },
    },
  };
};
