// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "nnbook",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "nnbook", targets: ["nnbook"]),
    // For the libFuzzer targets in Fuzz/ (a separate package built with -sanitize=fuzzer).
    .library(name: "Notebook", targets: ["Notebook"]),
    .library(name: "Cells", targets: ["Cells"]),
  ],
  dependencies: [
    .package(url: "https://github.com/swiftlang/swift-syntax", from: "603.0.1"),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
  ],
  targets: [
    .systemLibrary(
      name: "CCmark",
      pkgConfig: "libcmark",
      providers: [.apt(["libcmark-dev"])]
    ),
    .systemLibrary(
      name: "CBLAS",
      pkgConfig: "openblas",
      providers: [.apt(["libopenblas-dev"])]
    ),
    .systemLibrary(
      name: "CZlib",
      pkgConfig: "zlib",
      providers: [.apt(["zlib1g-dev"])]
    ),
    .target(
      name: "Cells",
      dependencies: [
        "CBLAS",
        "CZlib",
        .product(name: "SwiftSyntax", package: "swift-syntax"),
        .product(name: "SwiftParser", package: "swift-syntax"),
        .product(name: "SwiftParserDiagnostics", package: "swift-syntax"),
        .product(name: "SwiftDiagnostics", package: "swift-syntax"),
        .product(name: "SwiftOperators", package: "swift-syntax"),
      ],
      // The digits' source file and attribution; the bytes are embedded in DigitsData.swift.
      exclude: ["Data/Resources"],
      swiftSettings: [
        // The interpreter's hot paths mutate values in place through class storage;
        // dynamic exclusivity checks there cost more than the work itself.
        .unsafeFlags(["-enforce-exclusivity=unchecked"])
      ]
    ),
    .target(
      name: "Notebook",
      dependencies: [
        "Cells",
        "CCmark",
        .product(name: "SwiftSyntax", package: "swift-syntax"),
        .product(name: "SwiftParser", package: "swift-syntax"),
        .product(name: "SwiftIDEUtils", package: "swift-syntax"),
      ]
    ),
    .executableTarget(
      name: "nnbook",
      dependencies: [
        "Notebook",
        "Cells",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "CellsTests",
      dependencies: ["Cells"],
      // PyTorch reference values (scripts/fixtures/*.py), read by path from the tests.
      exclude: ["Fixtures"]
    ),
    .testTarget(name: "NotebookTests", dependencies: ["Notebook", "Cells"]),
    .testTarget(name: "EndToEndTests", dependencies: ["Notebook"]),
  ]
)
