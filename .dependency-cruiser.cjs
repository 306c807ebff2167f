/** Dependency rules from DESIGN.md: core <- server; client and examples stand alone; no cycles. */
module.exports = {
  forbidden: [
    { name: "no-circular", severity: "error", from: {}, to: { circular: true } },
    {
      name: "core-is-pure",
      comment: "core has no I/O: no Node built-ins, no server or client code",
      severity: "error",
      from: { path: "^packages/core/src" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "core-imports-only-its-own",
      severity: "error",
      from: { path: "^packages/core/src", pathNot: "\\.test\\.ts$" },
      to: { path: "^packages/(server|client)" },
    },
    {
      name: "client-stands-alone",
      severity: "error",
      from: { path: "^packages/client/src" },
      to: { path: "^packages/(core|server)" },
    },
    {
      name: "server-uses-core-public-entries",
      comment: "the server imports @lendstack/core/<domain>, never a file inside a domain",
      severity: "error",
      from: { path: "^packages/server/src" },
      to: { path: "^packages/core/src/[^/]+/(?!index\\.ts$)" },
    },
    {
      name: "examples-use-only-the-client",
      severity: "error",
      from: { path: "^examples/[^/]+\\.ts$", pathNot: "\\.test\\.ts$" },
      to: { path: "^packages/(core|server)" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(dist|node_modules)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { conditionNames: ["types", "import", "default"], extensions: [".ts", ".js"] },
  },
};
