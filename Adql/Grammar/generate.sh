#!/usr/bin/env bash
# Regenerates the ADQL lexer and parser (Adql/Generated) from the grammars in this folder
# with the ANTLR tool pinned in tools/antlr (antlr-ng: no Java needed).
#
#   Adql/Grammar/generate.sh           regenerate Adql/Generated
#   Adql/Grammar/generate.sh --check   regenerate into a temporary folder and fail if the
#                                      committed files differ (for CI)
set -euo pipefail

grammar_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$grammar_dir/../.." && pwd)"
tool_dir="$repo_root/tools/antlr"
generated_dir="$repo_root/Adql/Generated"
namespace="Adql.Generated"

mode="generate"
case "${1:-}" in
  "") ;;
  --check) mode="check" ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

# npm ci installs exactly the versions in the lock file; skip it when they are in place.
if [[ ! -x "$tool_dir/node_modules/.bin/antlr-ng" ]]; then
  (cd "$tool_dir" && npm ci --no-audit --no-fund --silent)
fi

out_dir="$(mktemp -d)"
trap 'rm -rf "$out_dir"' EXIT

# antlr-ng exits 0 even when a grammar has errors, so its output decides success.
log="$out_dir/antlr-ng.log"
(cd "$grammar_dir" && "$tool_dir/node_modules/.bin/antlr-ng" -Dlanguage=CSharp -v -l false -p "$namespace" \
  -o "$out_dir/cs" AdqlLexer.g4 AdqlParser.g4) >"$log" 2>&1 || true
if grep -q "error(" "$log" || [[ ! -f "$out_dir/cs/AdqlParser.cs" ]]; then
  cat "$log" >&2
  echo "generate.sh: the ANTLR tool reported errors; nothing was written" >&2
  exit 1
fi
if [[ -s "$log" ]]; then
  cat "$log" >&2
fi

# Only the C# sources are kept; .interp and .tokens files are tool-internal.
if [[ "$mode" == "check" ]]; then
  if ! diff -r -x '*.interp' -x '*.tokens' "$out_dir/cs" "$generated_dir" -x '.editorconfig' >"$out_dir/diff" 2>&1; then
    cat "$out_dir/diff" >&2
    echo "generate.sh --check: Adql/Generated is stale; run Adql/Grammar/generate.sh and commit" >&2
    exit 1
  fi
  echo "Adql/Generated is up to date"
else
  find "$generated_dir" -maxdepth 1 -name '*.cs' -delete
  cp "$out_dir"/cs/*.cs "$generated_dir"/
  echo "regenerated Adql/Generated"
fi
