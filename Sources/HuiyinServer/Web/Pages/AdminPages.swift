import Hummingbird

/// (to be built)
struct AdminPages {
    let services: HuiyinServices

    func register(on group: RouterGroup<HuiyinContext>) {}
}
