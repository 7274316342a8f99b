// swift-tools-version:6.0
import PackageDescription

// Evaluations and benchmarks, kept out of the main build. Run from this folder:
//   swift run -c release text-eval [danger]   (classification CV, repeat detection, danger signal on ../shared data)
//   swift run -c release routing-eval         (handling-unit suggestion, top-1/top-3, on the demo county)
//   swift run -c release text-bench 100000    (synthetic corpus: index build, search, near-duplicates)
//   HUIYIN_BENCH_POSTGRES_URL=postgres://… swift run -c release pg-bench 100000
//                                             (the same intake and searches on PostgreSQL beside SQLite)
//   swift run -c release analysis-bench DB    (dashboard and indicator queries on a large demo database)
let package = Package(
    name: "huiyin-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "huiyin", path: ".."),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
    ],
    targets: [
        // The synthetic corpus and its SQLite loader, shared by text-bench and pg-bench.
        .target(
            name: "BenchCorpus",
            dependencies: [
                .product(name: "HuiyinDomain", package: "huiyin"),
                .product(name: "HuiyinStore", package: "huiyin"),
                .product(name: "HuiyinDemo", package: "huiyin"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Sources/BenchCorpus"
        ),
        .executableTarget(
            name: "text-eval",
            dependencies: [
                .product(name: "HuiyinText", package: "huiyin"),
                .product(name: "HuiyinDomain", package: "huiyin"),
                .product(name: "HuiyinDemo", package: "huiyin"),
            ],
            path: "Sources/TextEvaluation"
        ),
        .executableTarget(
            name: "hot-eval",
            dependencies: [
                .product(name: "HuiyinText", package: "huiyin"),
                .product(name: "HuiyinDomain", package: "huiyin"),
            ],
            path: "Sources/HotIssueEvaluation"
        ),
        .executableTarget(
            name: "routing-eval",
            dependencies: [
                .product(name: "HuiyinText", package: "huiyin"),
                .product(name: "HuiyinDomain", package: "huiyin"),
                .product(name: "HuiyinStore", package: "huiyin"),
                .product(name: "HuiyinDemo", package: "huiyin"),
            ],
            path: "Sources/RoutingEvaluation"
        ),
        .executableTarget(
            name: "text-bench",
            dependencies: [
                "BenchCorpus",
                .product(name: "HuiyinText", package: "huiyin"),
                .product(name: "HuiyinDomain", package: "huiyin"),
                .product(name: "HuiyinStore", package: "huiyin"),
                .product(name: "HuiyinDemo", package: "huiyin"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Sources/TextBenchmark"
        ),
        .executableTarget(
            name: "pg-bench",
            dependencies: [
                "BenchCorpus",
                .product(name: "HuiyinText", package: "huiyin"),
                .product(name: "HuiyinDomain", package: "huiyin"),
                .product(name: "HuiyinStore", package: "huiyin"),
                .product(name: "HuiyinDemo", package: "huiyin"),
                .product(name: "HuiyinPostgres", package: "huiyin"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            path: "Sources/PostgresBenchmark"
        ),
        .executableTarget(
            name: "analysis-bench",
            dependencies: [
                .product(name: "HuiyinDomain", package: "huiyin"),
                .product(name: "HuiyinStore", package: "huiyin"),
            ],
            path: "Sources/AnalysisBenchmark"
        ),
    ]
)
