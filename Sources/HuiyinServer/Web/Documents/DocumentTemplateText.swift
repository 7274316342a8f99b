import Foundation
import Mustache
import HuiyinStore

/// A document template checked and compiled: Mustache text rendered as plain text (values are not
/// HTML-escaped here; the print view and the `.docx` writer escape for their own formats).
struct DocumentTemplateText: Sendable {
    let kind: DocumentKind
    private let template: MustacheTemplate

    /// Why a template text was refused, in words an administrator can act on.
    struct Problem: Error, Sendable {
        var message: String
    }

    /// Compiles `body`, refusing text that does not parse or that names variables the kind does not have.
    init(kind: DocumentKind, body: String) throws(Problem) {
        self.kind = kind
        let names = try Self.variableNames(in: body)
        let known = Set(DocumentVariables.names(for: kind))
        let unknown = names.filter { !known.contains($0) && $0 != "." }
        if !unknown.isEmpty {
            throw Problem(message: "模板中有未知变量：" + unknown.map { "{{\($0)}}" }.joined(separator: "、") + "。可用变量见下表。")
        }
        do {
            template = try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + body)
        } catch let e as MustacheTemplate.ParserError {
            throw Problem(message: "模板格式错误（第 \(e.context.lineNumber) 行第 \(e.context.columnNumber) 列）：请检查 {{ }} 是否成对、区段 {{#名称}} 是否以 {{/名称}} 结束。")
        } catch {
            throw Problem(message: "模板格式错误：请检查 {{ }} 是否成对。")
        }
    }

    /// The rendered paragraphs: one per non-empty line.
    func paragraphs(_ values: [String: String]) -> [String] {
        let text = template.render(values as [String: Any])
        return text.split(separator: "\n", omittingEmptySubsequences: true)
            .map { String($0).trimmingWhitespace }
            .filter { !$0.isEmpty }
    }

    /// The variable names a template uses (`{{name}}`, `{{{name}}}`, `{{&name}}`, `{{#name}}`, `{{^name}}`),
    /// in order of first use. Partials, blocks and delimiter changes are refused: templates stand alone.
    static func variableNames(in body: String) throws(Problem) -> [String] {
        var names: [String] = []
        var rest = Substring(body)
        while let open = rest.range(of: "{{") {
            let afterOpen = rest[open.upperBound...]
            let triple = afterOpen.hasPrefix("{")
            guard let close = afterOpen.range(of: triple ? "}}}" : "}}") else {
                throw Problem(message: "模板格式错误：有未闭合的 {{ 。")
            }
            var tag = Substring(afterOpen[..<close.lowerBound])
            if triple { tag = tag.dropFirst() }
            rest = afterOpen[close.upperBound...]
            tag = Substring(String(tag).trimmingWhitespace)
            guard let sigil = tag.first else { throw Problem(message: "模板格式错误：有空的 {{}} 。") }
            switch sigil {
            case "!", "%", "/": continue
            case ">", "<", "$", "=":
                throw Problem(message: "模板不支持子模板、继承或更改分隔符（{{\(sigil)…}}）。")
            case "#", "^", "&": tag = Substring(String(tag.dropFirst()).trimmingWhitespace)
            default: break
            }
            let name = String(tag.split(separator: ".").first ?? tag)
            if tag == "." { continue }
            if !name.isEmpty, !names.contains(name) { names.append(name) }
        }
        return names
    }
}
