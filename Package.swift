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
        .library(name: "Consortium", targets: ["Consortium"]),
        .library(name: "Storage", targets: ["Storage"]),
        .library(name: "Server", targets: ["Server"]),
        .library(name: "Scheduling", targets: ["Scheduling"]),
        .library(name: "Screening", targets: ["Screening"]),
        .library(name: "GroundNetwork", targets: ["GroundNetwork"]),
        .library(name: "Charts", targets: ["Charts"]),
        .library(name: "SpaceSafety", targets: ["SpaceSafety"]),
        .library(name: "Console", targets: ["Console"]),
        .executable(name: "concord", targets: ["concord"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.0"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.5.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.1.0"),
        .package(url: "https://github.com/vapor/sql-kit", from: "3.32.0"),
        .package(url: "https://github.com/vapor/sqlite-kit", from: "4.5.0"),
        .package(url: "https://github.com/vapor/postgres-kit", from: "2.13.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
        // `concord data put|get`: content transfers over SwiftNIO (URLSession on Linux is slow).
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.21.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.81.0"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.24.0"),
    ],
    targets: [
        // Orbit engine: time, TLE/OMM, SGP4/SDP4, frames, passes. Depends on nothing.
        .target(
            name: "Orbits",
            swiftSettings: swiftSettings
        ),
        // The consortium's domain: partners, agreements, missions, spacecraft, stations, users
        // and the access rules between them. Value types and rules only, no I/O.
        .target(
            name: "Consortium",
            dependencies: ["Orbits"],
            swiftSettings: swiftSettings
        ),
        // The shared-network scheduling engine: problem and schedule formats, the validator,
        // fairness metrics and the solver. Pure computation over Orbits, no I/O beyond JSON.
        .target(
            name: "Scheduling",
            dependencies: ["Orbits"],
            swiftSettings: swiftSettings
        ),
        // Space safety: conjunction screening, probability of collision and CCSDS CDMs, over
        // Orbits' batch SGP4. Pure computation, no I/O beyond reading and writing messages.
        .target(
            name: "Screening",
            dependencies: ["Orbits"],
            swiftSettings: swiftSettings
        ),
        // The shared network as the platform runs it: schedule requests, the problem built from
        // the registry (pooled stations, shares, passes), the schedule record and each partner's
        // view of it. Pure computation over Consortium and Scheduling, no I/O.
        .target(
            name: "GroundNetwork",
            dependencies: ["Orbits", "Consortium", "Scheduling"],
            swiftSettings: swiftSettings
        ),
        // Server-side SVG charts for the web console: world map, timeline, sky plot, bar chart,
        // series plot. Pure computation over Orbits; callers pass translated strings.
        .target(
            name: "Charts",
            dependencies: ["Orbits"],
            exclude: ["Resources/PROVENANCE.md"],
            swiftSettings: swiftSettings
        ),
        // Space safety as the platform runs it: the fleet screened against the stored catalog,
        // conjunction events followed over runs, each partner's view and CDMs. Pure computation
        // over Consortium and Screening, no I/O.
        .target(
            name: "SpaceSafety",
            dependencies: ["Orbits", "Consortium", "Screening"],
            swiftSettings: swiftSettings
        ),
        // One repository over SQLKit: SQLite (embedded default) and PostgreSQL (production).
        .target(
            name: "Storage",
            dependencies: [
                "Consortium",
                "GroundNetwork",
                "SpaceSafety",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // The HTTP server: JSON API, authentication, metrics (Hummingbird 2).
        .target(
            name: "Server",
            dependencies: [
                "Consortium",
                "GroundNetwork",
                "Scheduling",
                "Screening",
                "SpaceSafety",
                "Storage",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
            ],
            swiftSettings: swiftSettings
        ),
        // The web console: server-rendered pages (swift-mustache templates, message catalogues
        // per language) on the server's router, signed in with a session cookie.
        .target(
            name: "Console",
            dependencies: [
                "Charts",
                "Consortium",
                "GroundNetwork",
                "Orbits",
                "Scheduling",
                "Screening",
                "Server",
                "SpaceSafety",
                "Storage",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        // The command-line shell over the library targets.
        .executableTarget(
            name: "concord",
            dependencies: [
                "Orbits",
                "Consortium",
                "Scheduling",
                "Screening",
                "GroundNetwork",
                "SpaceSafety",
                "Storage",
                "Server",
                "Console",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
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
        .testTarget(
            name: "ConsortiumTests",
            dependencies: ["Consortium"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SchedulingTests",
            dependencies: ["Scheduling"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "GroundNetworkTests",
            dependencies: ["GroundNetwork"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ScreeningTests",
            dependencies: ["Screening"],
            // The subset catalog and its reference screen, read through #filePath.
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ChartsTests",
            dependencies: ["Charts", "Orbits"],
            swiftSettings: swiftSettings
        ),
        // The same suite against SQLite and, when CONCORD_TEST_POSTGRES is set, PostgreSQL.
        .testTarget(
            name: "StorageTests",
            dependencies: ["Storage", "GroundNetwork", "Scheduling", "SpaceSafety", "Screening"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ServerTests",
            dependencies: [
                "Server",
                "GroundNetwork",
                "Scheduling",
                "Screening",
                "SpaceSafety",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        // The console's pages through HummingbirdTesting: sessions, access, every language.
        .testTarget(
            name: "ConsoleTests",
            dependencies: [
                "Console",
                "Server",
                "SpaceSafety",
                "Storage",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings
        ),
        // The console in headless Chromium against the built `concord serve` (skipped without chromium).
        .testTarget(
            name: "ConsoleBrowserTests",
            dependencies: ["concord"],
            swiftSettings: swiftSettings
        ),
        // End-to-end tests that run the built `concord` binary as a subprocess.
        .testTarget(
            name: "ConcordTests",
            dependencies: ["concord", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings
        ),
    ]
)
