extension Strings {
    /// English for the document print view and the template editor (the documents themselves stay Chinese).
    static let documentsTable: [String: String] = [
        "返回案件": "Back to the case", "打印": "Print",
        "使用浏览器的“打印”功能（Ctrl+P）即可按 A4 纸打印本文书。": "Use the browser's Print (Ctrl+P) to print this document on A4.",
        "文书模板": "Document templates", "已保存：": "Saved: ",
        "各类告知书和意见书的正文从这些模板生成；修改后，打印和下载的文书即按新模板出具。":
            "Notices and letters are written from these templates; printed and downloaded documents follow an edit at once.",
        "最后修改": "Last changed", "默认模板": "Default text", "编辑": "Edit", "操作": "Actions",
        "模板正文": "Template text",
        "每行一段；{{变量}} 处填入案件内容；{{#变量}}…{{/变量}} 仅在有值时出现":
            "one paragraph per line; {{name}} inserts a value; {{#name}}…{{/name}} appears only when it has one",
        "恢复默认模板": "Restore the default", "可用变量": "Variables",
        "模板内容不能为空": "The template cannot be empty", "模板内容过长": "The template is too long",
        "只有系统管理员可以修改文书模板": "Only administrators may edit document templates",
        "受理告知书": "Acceptance notice", "不予受理告知书": "Decline notice", "延期办理告知书": "Extension notice",
        "信访事项处理意见书": "Decision letter", "信访事项复查意见书": "Review opinion", "信访事项复核意见书": "Re-review opinion",
    ]
}
