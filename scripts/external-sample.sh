#!/bin/bash
# Measures nnbook on Swift programs written by others (issue 15's check): every Xcode
# playground under DIR becomes one program, is compiled with `swiftc -O` and run, then
# run through `nnbook run` as a one-cell lesson; the two outputs are compared byte for byte.
#
# Usage: scripts/external-sample.sh DIR [path/to/nnbook] [WORK]
#
# A playground is a folder NAME.playground holding Contents.swift and/or Pages/*/Contents.swift
# (each page a program of its own; a playground with both gives one program for each) and often Sources/*.swift (a page may have a Sources folder
# of its own too). The program is the playground's Sources/*.swift (in name order), then the page's
# Sources/*.swift, followed by Contents.swift, changed only as a learner pasting it into a cell
# would change it, and exactly so:
#   - lines `import UIKit`, `import PlaygroundSupport`, `import XCPlayground`, `import Cocoa`,
#     `import AppKit`, `import SpriteKit` are dropped (`import Foundation` stays);
#   - lines that use `PlaygroundPage.` or `XCPlaygroundPage.` are dropped.
# Nothing else is touched (`public`, `open` stay).
#
# The compiled program's output is kept in WORK (default DIR/../sample-work) as NAME.expected and
# reused on later runs, so only the first run compiles. Programs that do not compile on this
# platform, that print nothing, that stop with a non-zero status, or whose output differs between
# two runs of the compiled program (timings, system random numbers) are counted apart and not run
# through nnbook.
#
# Each program gets one verdict:
#   exact    nnbook printed exactly what the compiled program printed, and stopped at no error
#            (a run that prints everything and then fails is an error, not exact)
#   display  exact but for the value of the last expression, which a lesson shows (DSL.md)
#   differs  nnbook ran to the end but printed something else
#   error    nnbook stopped at a run-time error the compiled program did not have
#   refused  nnbook refused a construct ("... not supported ..." at a line)
#   crashed  nnbook died of a signal or a Swift runtime trap
#   hung     nnbook did not finish within the timeout (NNBOOK_TIMEOUT, default 60 s)
set -u
dir=${1:?usage: scripts/external-sample.sh DIR [nnbook] [WORK]}
nnbook=${2:-.build/release/nnbook}
work=${3:-$(dirname "$dir")/sample-work}
timeout_nnbook=${NNBOOK_TIMEOUT:-60}
mkdir -p "$work"
nnbook=$(cd "$(dirname "$nnbook")" && pwd)/$(basename "$nnbook")

declare -A count=()
total=0
skipped=0
excluded=0

clean() {
  grep -Ev '^[[:space:]]*import[[:space:]]+(UIKit|PlaygroundSupport|XCPlayground|Cocoa|AppKit|SpriteKit)[[:space:]]*$' \
    | grep -Ev '(^|[^A-Za-z])(XC)?PlaygroundPage\.'
}

# One program: $1 = playground folder, $2 = Contents.swift to use, $3 = program name.
measure() {
  local playground=$1 contents=$2 name=$3
  local program="$work/$name.swift"
  {
    # The playground's Sources, then a page's own (once: a top-level Contents.swift has none apart).
    local folders=("$playground/Sources")
    [ "$(dirname "$contents")" != "$playground" ] && folders+=("$(dirname "$contents")/Sources")
    for sources in "${folders[@]}"; do
      if [ -d "$sources" ]; then
        find "$sources" -maxdepth 1 -name '*.swift' -print0 | sort -z \
          | while IFS= read -r -d '' source; do
            clean < "$source"
            printf '\n'
          done
      fi
    done
    clean < "$contents"
  } > "$program"
  if [ ! -f "$work/$name.expected" ] && [ ! -f "$work/$name.nocompile" ]; then
    if swiftc -O -o "$work/$name.bin" "$program" > "$work/$name.swiftc.log" 2>&1; then
      timeout 10 "$work/$name.bin" > "$work/$name.expected" 2> "$work/$name.expected.stderr" < /dev/null
      echo $? > "$work/$name.expected.rc"
      timeout 10 "$work/$name.bin" > "$work/$name.expected.again" 2> /dev/null < /dev/null
      rm -f "$work/$name.bin"
    else
      touch "$work/$name.nocompile"
    fi
  fi
  if [ -f "$work/$name.nocompile" ]; then
    skipped=$((skipped + 1))
    echo "does not compile: $name"
    return
  fi
  if [ "$(cat "$work/$name.expected.rc")" != 0 ] || [ ! -s "$work/$name.expected" ] \
    || ! cmp -s "$work/$name.expected" "$work/$name.expected.again"; then
    excluded=$((excluded + 1))
    echo "excluded (compiled program fails, prints nothing or is not deterministic): $name"
    return
  fi
  total=$((total + 1))
  # The cell's fence is longer than any backtick run in the program (doc comments hold ```).
  { printf '# %s\n\n``````swift\n' "$name"; cat "$program"; printf '``````\n'; } > "$work/$name.md"
  rm -f "$work/$name.out.md"
  timeout "$timeout_nnbook" "$nnbook" run --to md -o "$work/$name.out.md" "$work/$name.md" \
    > /dev/null 2> "$work/$name.stderr" < /dev/null
  local rc=$?
    # Every text block of the cell's output: what it printed, then its value shown apart, if any.
  awk '/^<!-- nnbook:end/{exit} /^```+text$/ && !inside {fence=$0; sub(/text$/, "", fence); inside=1; next}
       inside && $0 == fence {inside=0; next} inside{print}' \
    "$work/$name.out.md" > "$work/$name.actual" 2> /dev/null
  local verdict
  if [ $rc -eq 124 ]; then
    verdict=hung
  elif [ $rc -ge 128 ] || grep -q 'Fatal error\|Stack dump\|Segmentation' "$work/$name.stderr"; then
    verdict=crashed
  elif cmp -s "$work/$name.actual" "$work/$name.expected" && ! grep -q 'error:' "$work/$name.stderr"; then
    verdict=exact
  elif grep -q 'not supported\|unsupported' "$work/$name.stderr"; then
    verdict=refused
  elif grep -q 'error:' "$work/$name.stderr"; then
    verdict=error
  else
    verdict=differs
    # A lesson shows the value of a cell's last expression (DSL.md); a compiled program does not.
    # Counted apart when ending the cell with a statement makes the output exact.
    { printf '# %s\n\n``````swift\n' "$name"; cat "$program"; printf '\nprint("", terminator: "")\n``````\n'; } \
      > "$work/$name.nodisplay.md"
    timeout "$timeout_nnbook" "$nnbook" run --to md -o "$work/$name.nodisplay.out.md" "$work/$name.nodisplay.md" \
      > /dev/null 2> "$work/$name.nodisplay.stderr" < /dev/null
    awk '/^<!-- nnbook:end/{exit} /^```+text$/ && !inside {fence=$0; sub(/text$/, "", fence); inside=1; next}
         inside && $0 == fence {inside=0; next} inside{print}' "$work/$name.nodisplay.out.md" > "$work/$name.nodisplay.actual" 2> /dev/null
    if cmp -s "$work/$name.nodisplay.actual" "$work/$name.expected" && ! grep -q 'error:' "$work/$name.nodisplay.stderr"
    then
      verdict=display
    fi
  fi
  count[$verdict]=$((${count[$verdict]:-0} + 1))
  echo "$verdict" > "$work/$name.verdict"
  if [ "$verdict" != exact ]; then
    printf '%-8s %s  %s\n' "$verdict" "$name" "$(grep -m1 'error:' "$work/$name.stderr" | cut -c1-160)"
  fi
}

while IFS= read -r -d '' playground; do
  base=$(basename "$playground" .playground)
  parent=$(basename "$(dirname "$playground")")
  name=$(printf '%s--%s' "$parent" "$base" | tr -c 'A-Za-z0-9_\n-' '_')
  if [ -f "$playground/Contents.swift" ]; then
    measure "$playground" "$playground/Contents.swift" "$name"
  fi
  if [ -d "$playground/Pages" ]; then
    while IFS= read -r -d '' page; do
      pagename=$(basename "$(dirname "$page")" .xcplaygroundpage | tr -c 'A-Za-z0-9_\n-' '_')
      measure "$playground" "$page" "$name--$pagename"
    done < <(find "$playground/Pages" -mindepth 2 -maxdepth 2 -name Contents.swift -print0 | sort -z)
  fi
done < <(find "$dir" -type d -name '*.playground' -print0 | sort -z)

echo
echo "$total programs compile and run with swiftc -O; $skipped do not compile on this platform;" \
  "$excluded fail, print nothing or are not deterministic when compiled"
for verdict in exact display differs error refused crashed hung; do
  printf '%-8s %d\n' "$verdict" "${count[$verdict]:-0}"
done
