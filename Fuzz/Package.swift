// swift-tools-version: 6.1
// The libFuzzer harnesses: one executable per reader. They are a package of their own because
// libFuzzer supplies `main`, so they link only when built with the fuzzer sanitizer:
//
//     swift build --package-path Fuzz --sanitize=fuzzer,address
//
// `bash Scripts/fuzz.sh` builds them and runs each on its seed corpus (see the README).
import PackageDescription

let harnesses = [
    "fuzz-csv", "fuzz-json", "fuzz-jsonl", "fuzz-configuration", "fuzz-zip", "fuzz-data-xml", "fuzz-bundle",
]

let package = Package(
    name: "HandoverFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "Handover", path: "..")],
    targets: [
        .target(name: "FuzzSupport")
    ]
        + harnesses.map { name in
            .executableTarget(
                name: name,
                dependencies: [
                    "FuzzSupport",
                    .product(name: "Handover", package: "Handover"),
                    .product(name: "JSONSchema", package: "Handover"),
                ]
            )
        }
)
