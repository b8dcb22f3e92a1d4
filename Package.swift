// swift-tools-version:6.1
import PackageDescription

/// Settings every Concord target shares: explicit `any` for existentials.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Concord",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Orbits", targets: ["Orbits"]),
        .executable(name: "concord", targets: ["concord"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Orbit engine: time, TLE/OMM, SGP4/SDP4, frames, passes. Depends on nothing.
        .target(
            name: "Orbits",
            swiftSettings: swiftSettings
        ),
        // The command-line shell over the library targets.
        .executableTarget(
            name: "concord",
            dependencies: [
                "Orbits",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "OrbitsTests",
            dependencies: ["Orbits"],
            // Reference data read through #filePath (SharedData.repositoryRoot), not bundled.
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
        // End-to-end tests that run the built `concord` binary as a subprocess.
        .testTarget(
            name: "ConcordTests",
            dependencies: ["concord"],
            swiftSettings: swiftSettings
        ),
    ]
)
