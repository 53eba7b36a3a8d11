// swift-tools-version: 6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Handover",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Handover", targets: ["Handover"]),
        .library(name: "HandoverTesting", targets: ["HandoverTesting"]),
        .library(name: "JSONSchema", targets: ["JSONSchema"]),
        .executable(name: "handover", targets: ["handover"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .systemLibrary(
            name: "CZlibInflate",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),
        .systemLibrary(
            name: "CLibPQ",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"]), .brew(["libpq"])]
        ),
        .target(name: "JSONCore", swiftSettings: swiftSettings),
        .target(
            name: "JSONSchema",
            dependencies: ["JSONCore"],
            exclude: ["MetaSchemas/LICENSE", "MetaSchemas/README.md"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Handover",
            dependencies: [
                "CLibPQ",
                "CLibXML2",
                "JSONCore",
                "JSONSchema",
                "CZlibInflate",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "HandoverTesting",
            dependencies: ["Handover"],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "handover",
            dependencies: [
                "Handover",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "validation-benchmark",
            dependencies: ["Handover", "JSONCore", "JSONSchema"],
            path: "Benchmarks/ValidationBenchmark",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "HandoverTests",
            dependencies: [
                "Handover",
                "HandoverTesting",
                "JSONCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            // Golden bundles are read from the checkout by path, as the examples are.
            exclude: ["Golden/Bundles"],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "JSONCoreTests", dependencies: ["JSONCore"], swiftSettings: swiftSettings),
        .testTarget(name: "JSONSchemaTests", dependencies: ["JSONSchema", "JSONCore"], swiftSettings: swiftSettings),
        .testTarget(
            name: "handoverTests",
            dependencies: [
                "handover",
                "Handover",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
