#!/usr/bin/env bash
# Instructions per iteration of each pattern of patterns.md (6 operations x 5 holders),
# counted by callgrind: unlike wall-clock time, the count does not depend on the
# machine's load. Each pattern runs 5,000 times in a `for` loop; only the loop is
# counted (--toggle-collect), so start-up and the lesson's other cells are not.
#
#   Benchmarks/tensor/instructions.sh NNBOOK_BINARY [PATTERN_FILTER]
#
# valgrind 3.19 cannot read the DWARF 5 of a Swift 6 release binary: the script
# counts on a copy stripped of debug information (objcopy --strip-debug).
set -euo pipefail
binary="$1"
filter="${2:-.}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
objcopy --strip-debug "$binary" "$work/nnbook"
n=5000
ops=("a = a + b" "a += b" "a = a * 0.5 + b" "r = relu(a)" "r = a.sum()" "r = a[3]")
names=(assign_add add_assign scale_add relu sum index)
lesson() {  # holder, statement
  local body="$2"
  case "$1" in
    global) printf 'var a = Tensor.ones([16]); let b = Tensor.ones([16]); var r = a\nfor _ in 0..<%d { %s }\n' $n "$body" ;;
    local) printf 'func f() {\n var a = Tensor.ones([16]); let b = Tensor.ones([16]); var r = a\n for _ in 0..<%d { %s }\n}\nf()\n' $n "$body" ;;
    captured) printf 'func make() -> () -> Void {\n var a = Tensor.ones([16]); let b = Tensor.ones([16]); var r = a\n return { for _ in 0..<%d { %s } }\n}\nlet g = make()\ng()\n' $n "$body" ;;
    field)
      printf 'struct P { var a: Tensor; var b: Tensor; var r: Tensor }\nvar p = P(a: Tensor.ones([16]), b: Tensor.ones([16]), r: Tensor.ones([16]))\nfor _ in 0..<%d { %s }\n' \
        $n "$(sed -E 's/\<([abr])\>/p.\1/g' <<<"$body")" ;;
    element)
      printf 'var xs = [Tensor.ones([16]), Tensor.ones([16]), Tensor.ones([16])]\nfor _ in 0..<%d { %s }\n' \
        $n "$(sed -E 's/\<a\>/xs[0]/g; s/\<b\>/xs[1]/g; s/\<r\>/xs[2]/g' <<<"$body")" ;;
  esac
}
printf "%-22s %12s\n" pattern "instr/iter"
for holder in global local captured field element; do
  for k in "${!ops[@]}"; do
    name="${holder}_${names[$k]}"
    [[ "$name" =~ $filter ]] || continue
    { printf '# %s\n\n```swift\n' "$name"; lesson "$holder" "${ops[$k]}"; printf '```\n'; } >"$work/$name.md"
    OPENBLAS_CORETYPE=Haswell valgrind --tool=callgrind --callgrind-out-file="$work/cg" \
      --toggle-collect='*ForInStmt*exec*' "$work/nnbook" run --to md -o "$work/out.md" "$work/$name.md" \
      >/dev/null 2>"$work/log"
    grep -q "^RESULT\|error" "$work/out.md" && grep "error" "$work/out.md" | head -2
    total=$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$work/log")
    printf "%-22s %12d\n" "$name" $((total / n))
  done
done
