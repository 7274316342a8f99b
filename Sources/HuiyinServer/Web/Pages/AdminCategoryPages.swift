import Hummingbird
import HuiyinDomain
import HuiyinStore

/// Categories (内容分类): the three-level taxonomy petitions are filed under, to browse. Codes are what
/// petitions store, so they never change here; the taxonomy ships with the product.
struct AdminCategoryPages {
    let services: HuiyinServices

    func register(on admin: RouterGroup<HuiyinContext>) {
        admin.get("categories") { _, context in page(context) }
    }

    private func page(_ context: HuiyinContext) -> Response {
        let taxonomy = services.configuration.current.taxonomy
        let page = AdminPage(context: context, title: "内容分类", area: .categories)
        return page.render { h in
            h.raw("<h1>")
            h.text(page.t("内容分类"))
            h.raw("</h1><p class=\"muted\">")
            h.text(page.t("三级分类随系统提供；信访件保存的是分类编码，编码不会改变。点击一级分类展开。"))
            h.raw("</p><div class=\"admin-taxonomy\">")
            for top in taxonomy.children(of: nil) {
                let second = taxonomy.children(of: top.code)
                h.raw("<details class=\"action\"><summary><code>")
                h.text(top.code)
                h.raw("</code> ")
                h.text(top.name)
                h.raw(" <span class=\"muted\">")
                h.text(context.lang == .zh ? "（\(second.count) 个二级分类）" : "(\(second.count) second-level)")
                h.raw("</span></summary><ul>")
                for mid in second {
                    h.raw("<li><strong><code>")
                    h.text(mid.code)
                    h.raw("</code> ")
                    h.text(mid.name)
                    h.raw("</strong><ul>")
                    for leaf in taxonomy.children(of: mid.code) {
                        h.raw("<li><code>")
                        h.text(leaf.code)
                        h.raw("</code> ")
                        h.text(leaf.name)
                        h.raw("</li>")
                    }
                    h.raw("</ul></li>")
                }
                h.raw("</ul></details>")
            }
            h.raw("</div>")
        }
    }
}
