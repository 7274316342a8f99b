import Foundation

/// The three-level content taxonomy (内容分类): 15 first-level classes by default, each with second- and
/// third-level entries.
///
/// A taxonomy is validated when it is built, so a value in hand is always consistent: codes are unique,
/// every node below level 1 has its parent, levels step down by one and a child's code extends its
/// parent's code by two digits. Nodes keep the order they were given in; ``all`` lists them depth-first.
public struct CategoryTaxonomy: Sendable {
    /// Every node, depth-first: a first-level class, then its children, each followed by its own children.
    public let all: [Category]
    private let indexByCode: [String: Int]
    /// Children in order, keyed by the parent code; first-level classes are under `""`.
    private let childIndices: [String: [Int]]

    /// Builds a taxonomy from nodes given in any order (parents need not come first).
    ///
    /// - Throws: ``TaxonomyError/malformedRow(line:)`` with the 1-based position in `categories` for a
    ///   node whose code, name or level is malformed or does not fit its parent;
    ///   ``TaxonomyError/duplicateCode(_:)`` when a code appears twice;
    ///   ``TaxonomyError/missingParent(_:)`` with the code of a node whose parent is absent.
    public init(categories: [Category]) throws(TaxonomyError) {
        var position: [String: Int] = [:]
        for (offset, node) in categories.enumerated() {
            guard (1...3).contains(node.level),
                  node.code.utf8.count == 2 * node.level,
                  node.code.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
                  !Self.trimmed(node.name).isEmpty
            else { throw .malformedRow(line: offset + 1) }
            guard position[node.code] == nil else { throw .duplicateCode(node.code) }
            position[node.code] = offset
        }

        var children: [String: [Int]] = [:]
        for (offset, node) in categories.enumerated() {
            if node.level == 1 {
                guard node.parentCode == nil else { throw .malformedRow(line: offset + 1) }
                children["", default: []].append(offset)
                continue
            }
            guard let parentCode = node.parentCode, let parentOffset = position[parentCode] else {
                throw .missingParent(node.code)
            }
            let parent = categories[parentOffset]
            guard parent.level == node.level - 1, node.code.hasPrefix(parentCode) else {
                throw .malformedRow(line: offset + 1)
            }
            children[parentCode, default: []].append(offset)
        }

        // Depth-first, keeping the given order among siblings.
        var ordered: [Category] = []
        ordered.reserveCapacity(categories.count)
        var stack: [Int] = (children[""] ?? []).reversed()
        while let offset = stack.popLast() {
            let node = categories[offset]
            ordered.append(node)
            stack.append(contentsOf: (children[node.code] ?? []).reversed())
        }

        var indexByCode: [String: Int] = [:]
        var childIndices: [String: [Int]] = [:]
        for (index, node) in ordered.enumerated() {
            indexByCode[node.code] = index
            childIndices[node.parentCode ?? "", default: []].append(index)
        }
        self.all = ordered
        self.indexByCode = indexByCode
        self.childIndices = childIndices
    }

    /// The node with this code, or `nil`.
    public func category(code: String) -> Category? {
        indexByCode[code].map { all[$0] }
    }

    /// The children of the node with this code, in order; `nil` gives the first-level classes.
    /// An unknown code or a leaf gives an empty list.
    public func children(of code: String?) -> [Category] {
        (childIndices[code ?? ""] ?? []).map { all[$0] }
    }

    /// The nodes from the first-level class down to the node itself; empty for an unknown code.
    public func path(of code: String) -> [Category] {
        var path: [Category] = []
        var next: String? = code
        while let current = next, let node = category(code: current) {
            path.append(node)
            next = node.parentCode
        }
        return path.reversed()
    }

    /// The names along ``path(of:)`` joined for display: `"城乡建设 / 安全生产 / 事故处理"`.
    /// Empty for an unknown code.
    public func pathName(of code: String) -> String {
        path(of: code).map(\.name).joined(separator: " / ")
    }

    /// Finds a node by its names, going down as far as the names match, and returns the deepest node
    /// reached. `nil` only when no first-level class has the name `level1`.
    ///
    /// Names are compared after trimming white space; an empty or `nil` name stops the descent. Callers
    /// that need an exact three-level match check that the result's `level` is 3.
    public func find(level1: String, level2: String?, level3: String?) -> Category? {
        var found: Category?
        var parentCode: String?
        for name in [level1, level2, level3] {
            let wanted = Self.trimmed(name ?? "")
            guard !wanted.isEmpty,
                  let match = children(of: parentCode).first(where: { $0.name == wanted })
            else { break }
            found = match
            parentCode = match.code
        }
        return found
    }

    static func trimmed(_ text: some StringProtocol) -> String {
        text.trimmingCharacters(in: .whitespaces)
    }
}

// MARK: - CSV

extension CategoryTaxonomy {
    /// Parses the taxonomy file: a header `code,level1,level2,level3`, then one row per node.
    ///
    /// A row's code gives its level by length (2, 4 or 6 digits); it carries the names down to that level
    /// and leaves the deeper columns empty. The shipped file has only level-3 rows; the level-1 and
    /// level-2 nodes are built from their names and the code prefixes, in order of first appearance.
    /// `"…"` quoting is understood; a field cannot span lines. A byte-order mark and CRLF line ends are
    /// accepted; blank lines are skipped.
    ///
    /// - Throws: ``TaxonomyError/malformedRow(line:)`` (1-based line in `text`) for a wrong header, a row
    ///   without four fields, a malformed code, a missing name, or a name that contradicts an earlier row
    ///   for the same code; ``TaxonomyError/duplicateCode(_:)`` when two rows define the same node.
    public static func parseCSV(_ text: String) throws(TaxonomyError) -> CategoryTaxonomy {
        var body = Substring(text)
        if body.first == "\u{FEFF}" { body = body.dropFirst() }
        let lines = body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })

        guard let header = lines.first,
              splitFields(header).map({ trimmed($0).lowercased() }) == ["code", "level1", "level2", "level3"]
        else { throw .malformedRow(line: 1) }

        var nodes: [Category] = []
        var positionByCode: [String: Int] = [:]
        var explicitCodes: Set<String> = []

        for (offset, line) in lines.enumerated().dropFirst() {
            let lineNumber = offset + 1
            if trimmed(line).isEmpty { continue }
            let fields = splitFields(line).map { trimmed($0) }
            guard fields.count == 4 else { throw .malformedRow(line: lineNumber) }
            let code = fields[0]
            let names = Array(fields[1...3])
            let digits = code.utf8.count
            guard [2, 4, 6].contains(digits),
                  code.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
            else { throw .malformedRow(line: lineNumber) }
            let level = digits / 2
            guard names[..<level].allSatisfy({ !$0.isEmpty }), names[level...].allSatisfy(\.isEmpty) else {
                throw .malformedRow(line: lineNumber)
            }

            for depth in 1...level {
                let nodeCode = String(code.prefix(2 * depth))
                let name = names[depth - 1]
                if let existing = positionByCode[nodeCode] {
                    guard nodes[existing].name == name else { throw .malformedRow(line: lineNumber) }
                } else {
                    positionByCode[nodeCode] = nodes.count
                    nodes.append(Category(
                        code: nodeCode, name: name, level: depth,
                        parentCode: depth == 1 ? nil : String(code.prefix(2 * (depth - 1)))
                    ))
                }
            }
            guard explicitCodes.insert(code).inserted else { throw .duplicateCode(code) }
        }
        return try CategoryTaxonomy(categories: nodes)
    }

    /// Splits one CSV line into fields, honouring `"…"` quoting with `""` as an escaped quote.
    private static func splitFields(_ line: Substring) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var iterator = line.makeIterator()
        while let character = iterator.next() {
            if quoted {
                if character == "\"" {
                    // Either the closing quote or the first half of an escaped quote.
                    var lookahead = iterator
                    if lookahead.next() == "\"" {
                        field.append("\"")
                        iterator = lookahead
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                fields.append(field)
                field = ""
            } else {
                field.append(character)
            }
        }
        fields.append(field)
        return fields
    }
}

// MARK: - Shipped default

extension CategoryTaxonomy {
    /// The product's default taxonomy, from the bundled `Resources/categories.csv` (15 first-level
    /// classes, 118 second-level, 517 third-level entries).
    public static let shipped: CategoryTaxonomy = {
        guard let url = Bundle.module.url(forResource: "categories", withExtension: "csv", subdirectory: "Resources"),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { fatalError("HuiyinDomain: the bundled Resources/categories.csv is missing or not UTF-8") }
        do throws(TaxonomyError) {
            return try parseCSV(text)
        } catch {
            fatalError("HuiyinDomain: the bundled Resources/categories.csv is broken: \(error.message)")
        }
    }()
}

/// Why a category taxonomy could not be built.
public enum TaxonomyError: Error, Equatable, Sendable {
    /// A row that cannot be read or does not fit: the 1-based line of the CSV file, or the 1-based position
    /// in the array given to ``CategoryTaxonomy/init(categories:)``.
    case malformedRow(line: Int)
    /// Two nodes with the same code.
    case duplicateCode(String)
    /// The node with this code has no parent in the taxonomy.
    case missingParent(String)

    /// A message for an administrator, in Chinese.
    public var message: String {
        switch self {
        case .malformedRow(let line): "分类数据第 \(line) 行格式错误"
        case .duplicateCode(let code): "分类编码 \(code) 重复"
        case .missingParent(let code): "分类 \(code) 的上级分类不存在"
        }
    }
}
