// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "okr",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "okr", targets: ["okr"]),
        // The shared model: other packages can read and write okr documents with it.
        .library(name: "OKRModel", targets: ["OKRModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "OKRModel"),
        .target(name: "OKRCoach", dependencies: ["OKRModel", "OKRPrompts"]),
        // Pure renderers (JSON, Markdown, CSV, YAML) shared by `okr export` and the workshop's /export.
        .target(name: "OKRExport", dependencies: ["OKRModel", "OKRCoach", "OKRYAML"]),
        .target(name: "OKRWorkshop", dependencies: ["OKRCoach", "OKRModel", "OKRPrompts"]),
        // Readers for where teams keep OKRs today (CSV, Markdown, YAML): pure, text in, document out.
        .target(name: "OKRImport", dependencies: ["OKRModel", "OKRCoach", "OKRYAML"]),
        // YAML text to a tree with lines and back, over libyaml: no Foundation, so okr starts as fast as before
        // (Yams, which wraps the same libyaml, brings full Foundation: Tests/Benchmarks/README.md).
        .target(name: "OKRYAML", dependencies: ["OKRModel", "CYAML"]),
        // The facilitator-editable texts, compiled into the binary so okr works from any folder.
        .target(
            name: "OKRPrompts",
            path: "prompts",
            exclude: ["README.md"],
            resources: [
                .embedInCode("rules.txt"),
                .embedInCode("words.txt"),
                .embedInCode("workshop.txt"),
            ]
        ),
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .target(name: "LineEditing", dependencies: ["CEditLine"]),
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // glibc's allocator settings (`mallopt`): an import tunes how its heaps grow (Sources/okr/LargeWork.swift).
        .systemLibrary(name: "CMalloc"),
        .executableTarget(
            name: "okr",
            dependencies: [
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                "OKRModel", "OKRCoach", "OKRExport", "OKRImport", "OKRWorkshop", "LineEditing", "CMalloc",
            ],
            // Release builds on Linux link the Swift runtime into the binary, as `--static-swift-stdlib`
            // does: loading the shared runtime libraries took most of okr's start-up (Tests/Benchmarks/README.md).
            // ArgumentParser uses FoundationEssentials, whose static library needs its two helpers named.
            // Only this executable has the flags, so OKRModel stays usable as a dependency.
            linkerSettings: [
                .unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release)),
                .linkedLibrary("_FoundationCollections", .when(platforms: [.linux], configuration: .release)),
                .linkedLibrary("_FoundationCShims", .when(platforms: [.linux], configuration: .release)),
            ]
        ),
        // Helpers shared by the test targets and the benchmark.
        .target(name: "OKRTestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "OKRModelTests", dependencies: ["OKRModel", "OKRTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "OKRCoachTests", dependencies: ["OKRCoach", "OKRModel"], resources: [.copy("Fixtures")]),
        .testTarget(name: "OKRExportTests", dependencies: ["OKRExport", "OKRCoach", "OKRModel"], resources: [.copy("Golden")]),
        .testTarget(name: "OKRWorkshopTests", dependencies: ["OKRWorkshop", "OKRCoach", "OKRModel"]),
        .testTarget(name: "OKRImportTests", dependencies: ["OKRImport", "OKRExport", "OKRCoach", "OKRModel"], resources: [.copy("Fixtures")]),
        .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"]),
        // Run by the end-to-end tests in a pseudo-terminal and behind a pipe.
        .executableTarget(name: "okr-line-harness", dependencies: ["LineEditing"], path: "Tests/LineHarness"),
        // `swift build -c release && .build/release/okr-bench`: start-up, answer latency and lint throughput figures.
        .executableTarget(name: "okr-bench", dependencies: ["OKRModel", "OKRCoach", "OKRWorkshop", "OKRTestSupport"], path: "Tests/Benchmarks", exclude: ["README.md"]),
        .testTarget(name: "EndToEndTests", dependencies: ["okr", "OKRModel", "OKRImport", "OKRTestSupport", "okr-line-harness"], resources: [.copy("Fixtures")]),
    ]
)
