// swift-tools-version:6.0
import PackageDescription

/// Evaluates the hotspot detector on real messages (TipDM 2020, with public support counts):
/// `swift run -c release --package-path Tools/hotspot-eval hotspot-eval [FILE]`.
let package = Package(
    name: "hotspot-eval",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "huiyin", path: "../..")],
    targets: [
        .executableTarget(name: "hotspot-eval", dependencies: [.product(name: "HuiyinDomain", package: "huiyin")]),
    ]
)
