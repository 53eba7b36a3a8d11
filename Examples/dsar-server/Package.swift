// swift-tools-version: 6.1
import PackageDescription

// An example DSAR server built on the Handover library: its own package, so that the main build
// stays free of a web framework.
let package = Package(
    name: "dsar-server",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "Handover", path: "../.."),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        .executableTarget(
            name: "DSARServer",
            dependencies: [
                .product(name: "Handover", package: "Handover"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")]
        )
    ]
)
