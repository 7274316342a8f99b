import Hummingbird

/// The workbench (工作台) — interim: the helper building issue 3's workbench replaces this.
struct WorkbenchPages {
    let services: HuiyinServices

    func register(on group: RouterGroup<HuiyinContext>) {
        group.get("/") { _, context -> Response in
            let layout = Layout(context: context, title: context.lang.t("工作台"), section: .workbench)
            return layout.render { h in
                h.raw("<h1>")
                h.text(layout.t("工作台"))
                h.raw("</h1>")
            }
        }
    }
}
