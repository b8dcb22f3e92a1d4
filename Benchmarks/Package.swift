// swift-tools-version:6.1
import PackageDescription

// Concord benchmarks: a separate package so the main build and `swift test` never pay for
// it. Build it optimised: `swift run -c release concord-benchmarks` (see docs/benchmarks.md).
let package = Package(
    name: "ConcordBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        // The repository root; named explicitly so the product reference does not depend on
        // the clone's directory name.
        .package(name: "Concord", path: "../")
    ],
    targets: [
        // What the runners share: the shared data folder and its (gzipped) files.
        .target(
            name: "BenchmarkSupport",
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")]
        ),
        .executableTarget(
            name: "concord-benchmarks",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "Orbits", package: "Concord")
            ],
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")]
        ),
        // The registry store: authenticated list requests per CPU second on SQLite (docs/benchmarks.md).
        .executableTarget(
            name: "storage-benchmarks",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "Storage", package: "Concord"),
                .product(name: "Consortium", package: "Concord"),
            ],
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")]
        ),
        // Real-geometry scheduling instances and the scheduler on them, beside the exact MILP
        // (scheduling/compare.py).
        .executableTarget(
            name: "schedule-benchmarks",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "Orbits", package: "Concord"),
                .product(name: "Scheduling", package: "Concord"),
            ],
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")]
        ),
        // Conjunction screening of a catalog (docs/screening.md); screening/run-benchmark.sh runs it
        // beside astroz and the python reference.
        .executableTarget(
            name: "screening-benchmarks",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "Orbits", package: "Concord"),
                .product(name: "Screening", package: "Concord"),
            ],
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")]
        ),
        // Data exchange throughput: a 1 GiB upload and download over loopback against a running
        // `concord serve` (built with -c release), with the server's peak RSS (docs/data.md).
        .executableTarget(
            name: "data-benchmarks",
            dependencies: ["BenchmarkSupport"],
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")]
        ),
    ]
)
