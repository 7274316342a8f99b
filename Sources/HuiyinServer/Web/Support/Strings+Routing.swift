/// English for the suggested handling units (建议承办单位) at registration and in the case page's forward
/// and assign forms. "依据分办规则", "依据以往去向" and "建议承办单位" are in the search table.
extension Strings {
    static let routingTable: [String: String] = [
        "正文提到该单位": "the text names it",
        "问题属地在其辖区": "the locality given lies within it",
        "建议": "Suggested",
        "依据内容分类、问题属地和正文提到的地方，请核实后选择。":
            "From the category, the locality and the places the text names; check before choosing.",
    ]
}
