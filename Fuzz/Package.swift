// swift-tools-version:5.4
// libFuzzer targets for nnbook (docs/FUZZING.md), built and run by scripts/fuzz.sh:
//   swift build -c release --scratch-path .build-fuzz --package-path Fuzz \
//     -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library
// Tools version 5.4 and `.target` with a main.swift on purpose: for executable targets of
// later tools versions SwiftPM renames the entry point to `<target>_main` and links
// `main` to it, which clashes with libFuzzer's own `main` (the targets have none).
import PackageDescription

let package = Package(
  name: "nnbook-fuzz",
  dependencies: [.package(name: "nnbook", path: "..")],
  targets: [
    // The document parser and splicer: no crash, update is idempotent, bytes outside
    // output regions are kept.
    .target(name: "FuzzDocument", dependencies: [.product(name: "Notebook", package: "nnbook")]),
    // The cell front end and interpreter under a tight time limit: no crash, every run
    // ends within its limit, errors are located.
    .target(
      name: "FuzzCells",
      dependencies: [
        .product(name: "Notebook", package: "nnbook"), .product(name: "Cells", package: "nnbook"),
      ]),
  ]
)
