import Hummingbird

/// (to be built)
struct RegistrationPages {
    let services: HuiyinServices

    func register(on group: RouterGroup<HuiyinContext>) {}
}
