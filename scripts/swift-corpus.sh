#!/bin/bash
# Runs each program of Tests/Fixtures/SwiftLanguage through `nnbook run` as a one-cell
# lesson and counts those whose output is exactly the compiled program's (NAME.expected).
# Usage: scripts/swift-corpus.sh [path/to/nnbook]
set -u
nnbook=${1:-.build/debug/nnbook}
folder=$(dirname "$0")/../Tests/Fixtures/SwiftLanguage
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
exact=0
total=0
for program in "$folder"/*.swift; do
  name=$(basename "$program" .swift)
  total=$((total + 1))
  # The lesson is main.md: its module is `main`, as in the .expected files (swiftc names the
  # module after the output file, nnbook after the lesson).
  mkdir -p "$work/$name"
  { printf '# %s\n\n```swift\n' "$name"; cat "$program"; printf '```\n'; } > "$work/$name/main.md"
  "$nnbook" run --to md -o "$work/$name.out.md" "$work/$name/main.md" > /dev/null 2>&1
  # The text between the output fence of the only cell.
  awk '/^<!-- nnbook:output/{getline; inside=1; next} /^```$/{if(inside){exit}} inside{print}' \
    "$work/$name.out.md" > "$work/$name.actual" 2> /dev/null
  if cmp -s "$work/$name.actual" "$folder/$name.expected"; then
    exact=$((exact + 1))
  else
    echo "differs: $name"
  fi
done
echo "$exact of $total programs print exactly what swiftc's build prints"
