import Hummingbird

/// (to be built)
struct CasePages {
    let services: HuiyinServices

    func register(on group: RouterGroup<HuiyinContext>) {}
}
