import Hummingbird

/// (to be built)
struct DocumentPages {
    let services: HuiyinServices

    func register(on group: RouterGroup<HuiyinContext>) {}
}
