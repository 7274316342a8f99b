import Hummingbird

/// (to be built)
struct WorkbenchPages {
    let services: HuiyinServices

    func register(on group: RouterGroup<HuiyinContext>) {}
}
