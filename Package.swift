// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "huiyin",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "huiyin", targets: ["huiyin"]),
        .library(name: "HuiyinDomain", targets: ["HuiyinDomain"]),
        // For the evaluation and benchmark package under Benchmarks/.
        .library(name: "HuiyinText", targets: ["HuiyinText"]),
        .library(name: "HuiyinStore", targets: ["HuiyinStore"]),
        .library(name: "HuiyinDemo", targets: ["HuiyinDemo"]),
        .library(name: "HuiyinPostgres", targets: ["HuiyinPostgres"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
    ],
    targets: [
        .target(name: "HuiyinDomain", resources: [.copy("Resources")]),
        .target(name: "HuiyinText", dependencies: ["HuiyinDomain"]),
        .target(
            name: "HuiyinStore",
            dependencies: [
                "HuiyinDomain", "HuiyinText",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for binding integers without boxing them when a rebuild writes millions of rows.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "HuiyinPostgres",
            dependencies: [
                "HuiyinDomain", "HuiyinStore", "HuiyinText",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Crypto", package: "swift-crypto"),  // the copy's per-table checksums
            ]
        ),
        .target(name: "HuiyinDemo", dependencies: ["HuiyinDomain", "HuiyinStore"]),
        .target(
            name: "HuiyinServer",
            dependencies: [
                "HuiyinDomain", "HuiyinStore", "HuiyinText",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "huiyin",
            dependencies: [
                "HuiyinServer", "HuiyinStore", "HuiyinDomain", "HuiyinDemo", "HuiyinPostgres", "HuiyinText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "HuiyinDomainTests", dependencies: ["HuiyinDomain"]),
        .testTarget(name: "HuiyinTextTests", dependencies: ["HuiyinText"]),
        .testTarget(name: "HuiyinStoreTests", dependencies: ["HuiyinStore", "HuiyinDemo", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(
            name: "HuiyinPostgresTests",
            dependencies: [
                "HuiyinPostgres", "HuiyinStore", "HuiyinDemo",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        .testTarget(name: "HuiyinDemoTests", dependencies: ["HuiyinDemo"]),
        .testTarget(
            name: "HuiyinServerTests",
            dependencies: [
                "HuiyinServer", "HuiyinDemo", "HuiyinPostgres",  // HuiyinPostgres: the two-instance tests
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ]
)
